using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.People;
using Linkwork.Domain.Common;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Hosting;

namespace Linkwork.Web.Features.People;

/// <summary>Staff record that a person gave or withdrew a consent. The decision is appended; the earlier ones stay.</summary>
public sealed class RecordConsent(LinkworkDbContext db, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Kind and Given are nullable so a request that leaves one out is refused, never read as the first kind or as "withdrawn".</summary>
    public sealed record Command(ConsentKind? Kind, bool? Given, string? Note);

    public async Task<Person?> HandleAsync(ClaimsPrincipal user, Guid personId, Command command, int? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(command);
        var person = await PeopleAccess.LoadForChangeAsync(db, user, personId, expectedVersion, cancellationToken);
        if (person is null)
        {
            return null;
        }

        var errors = new FieldErrors();
        var kind = errors.Check("kind", () => command.Kind is { } k && Enum.IsDefined(k) ? k
            : throw new DomainRuleException($"Say which consent: {string.Join(", ", Enum.GetNames<ConsentKind>())}."));
        var given = errors.Check("given", () => command.Given ?? throw new DomainRuleException("Say whether consent is given (true) or withdrawn (false)."));
        errors.Check("note", () => Text.Optional(command.Note, "The consent note", ConsentDecision.NoteMaxLength));
        errors.ThrowIfAny();

        var now = clock.GetUtcNow();
        var decision = person.RecordConsent(Guid.CreateVersion7(now), kind, given, user.Id(), command.Note, now);
        db.ConsentDecisions.Add(decision);
        audit.Record(given ? "person.consent-given" : "person.consent-withdrawn", nameof(Person), person.Id);
        await db.SaveChangesAsync(cancellationToken);
        return person;
    }
}
