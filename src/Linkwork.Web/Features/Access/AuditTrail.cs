using Linkwork.Data;
using Linkwork.Domain.Access;

namespace Linkwork.Web.Features.Access;

/// <summary>
/// Records who did what to which record. One line at the point of use: <c>audit.Record("person.read", "Person", id)</c>.
/// The entry joins the caller's unit of work, so a change and its audit line are saved together or not at all.
/// </summary>
public sealed class AuditTrail(LinkworkDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    /// <summary>Set by the command line, where there is no HTTP request to say who and from where.</summary>
    public (AuditActorKind Kind, Guid? Id, string From)? CommandLineActor { get; set; }

    public void Record(string action, string? recordType = null, object? recordId = null, Guid? actorIdOverride = null)
    {
        var (kind, actorId, from) = Actor();
        if (actorIdOverride is not null)
        {
            kind = AuditActorKind.User;
            actorId = actorIdOverride;
        }

        db.AuditEntries.Add(AuditEntry.Create(
            Guid.CreateVersion7(clock.GetUtcNow()), clock.GetUtcNow(), kind, actorId, action,
            recordType, recordId?.ToString(), from));
    }

    /// <summary>Records and saves at once: for reads and sign-in events that have no other change to join.</summary>
    public async Task RecordNowAsync(string action, string? recordType = null, object? recordId = null, Guid? actorIdOverride = null, CancellationToken cancellationToken = default)
    {
        Record(action, recordType, recordId, actorIdOverride);
        await db.SaveChangesAsync(cancellationToken);
    }

    private (AuditActorKind, Guid?, string?) Actor()
    {
        if (CommandLineActor is { } cli)
        {
            return cli;
        }

        var context = http.HttpContext;
        if (context is null)
        {
            return (AuditActorKind.System, null, null);
        }

        return (context.User.ActorKindOf(), context.User.Id(), context.Connection.RemoteIpAddress?.ToString());
    }
}
