using Linkwork.Data;
using Linkwork.Domain.Access;

namespace Linkwork.Web.Features.Access;

/// <summary>
/// Records who did what to which record. One line at the point of use: <c>audit.Record("person.read", "Person", id)</c>.
/// The entry joins the caller's unit of work, so a change and its audit line are saved together or not at all.
/// </summary>
public sealed class AuditTrail(LinkworkDbContext db, IHttpContextAccessor http, TimeProvider clock, AuditGroupCommit reads)
{
    /// <summary>Set by the command line, where there is no HTTP request to say who and from where.</summary>
    public (AuditActorKind Kind, Guid? Id, string From)? CommandLineActor { get; set; }

    /// <summary>Adds an audit line to the current unit of work.</summary>
    /// <param name="action">A dotted verb: "person.read", "sign-in.failed".</param>
    /// <param name="recordType">The kind of record acted on, if any.</param>
    /// <param name="recordId">Its id, if any.</param>
    /// <param name="signingIn">The account that has just proved who it is: the request is not yet authenticated as it.</param>
    /// <param name="programmeId">The programme, when the actor carries none (the command line, a sign-in).</param>
    public void Record(string action, string? recordType = null, object? recordId = null, UserAccount? signingIn = null, Guid? programmeId = null) =>
        db.AuditEntries.Add(Entry(action, recordType, recordId, signingIn, programmeId));

    /// <summary>
    /// Records reads by a request that changes nothing, and returns once the lines are durable. The lines are
    /// committed with other requests' reads (<see cref="AuditGroupCommit"/>), not in this request's unit of work.
    /// </summary>
    /// <param name="action">A dotted verb: "referral.read", "referral.list".</param>
    /// <param name="recordType">The kind of record read.</param>
    /// <param name="recordIds">Each record read.</param>
    public Task RecordReadsAsync(string action, string recordType, IEnumerable<object> recordIds) =>
        RecordReadsAsync(recordIds.Select(id => (action, recordType, id)));

    /// <summary>Reads of records of several kinds (a page of a mixed search), durable together in one wait.</summary>
    /// <param name="records">Each record read, with the action and the kind of record.</param>
    public Task RecordReadsAsync(IEnumerable<(string Action, string RecordType, object RecordId)> records) =>
        reads.CommitAsync(records.Select(r => Entry(r.Action, r.RecordType, r.RecordId, null, null)).ToList());

    private AuditEntry Entry(string action, string? recordType, object? recordId, UserAccount? signingIn, Guid? programmeId)
    {
        var (kind, actorId, actorProgramme, from) = Actor();
        if (signingIn is not null)
        {
            (kind, actorId, actorProgramme) = (AuditActorKind.User, signingIn.Id, signingIn.ProgrammeId);
        }

        var now = clock.GetUtcNow();
        return AuditEntry.Create(
            Guid.CreateVersion7(now), programmeId ?? actorProgramme, now, kind, actorId, action,
            recordType, recordId?.ToString(), from);
    }

    /// <summary>Records and saves at once: for sign-in events and other actions with no change to join. Plain reads use <see cref="RecordReadsAsync(string, string, IEnumerable{object})"/>.</summary>
    public async Task RecordNowAsync(string action, string? recordType = null, object? recordId = null, UserAccount? signingIn = null, Guid? programmeId = null, CancellationToken cancellationToken = default)
    {
        Record(action, recordType, recordId, signingIn, programmeId);
        await db.SaveChangesAsync(cancellationToken);
    }

    private (AuditActorKind, Guid?, Guid?, string?) Actor()
    {
        if (CommandLineActor is { } cli)
        {
            return (cli.Kind, cli.Id, null, cli.From);
        }

        var context = http.HttpContext;
        if (context is null)
        {
            return (AuditActorKind.System, null, null, null);
        }

        var user = context.User;
        return (user.ActorKindOf(), user.Id(), user.ProgrammeOf(), context.Connection.RemoteIpAddress?.ToString());
    }
}
