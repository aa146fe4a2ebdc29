using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Domain.Common;
using Linkwork.Domain.Programmes;
using Linkwork.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Programmes;

/// <summary>Starts a new programme (the tenant) with its own team organisation, for a deployment without the demo.</summary>
public sealed class CreateProgramme(LinkworkDbContext db, AuditTrail audit, TimeProvider clock)
{
    public const int DefaultResponseDeadlineDays = 14;

    public sealed record Command(string Name, string Country, string Locale, int ResponseDeadlineDays = DefaultResponseDeadlineDays, string? CodingProfile = null);

    public sealed record Result(Programme Programme, Organisation Team);

    public async Task<Result> HandleAsync(Command command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var now = clock.GetUtcNow();
        var name = Text.Required(command.Name, "The programme's name", Programme.NameMaxLength);
        if (await db.Programmes.AnyAsync(p => p.Name == name, cancellationToken))
        {
            throw new DomainRuleException($"A programme called '{name}' already exists.");
        }

        var programme = Programme.Create(
            Guid.CreateVersion7(now), name, command.Country, command.Locale, RoleTitles.EnglandDefaults,
            command.ResponseDeadlineDays, ProfileFor(command.CodingProfile, command.Country), now);
        var team = Organisation.Create(Guid.CreateVersion7(now), programme.Id, name + " team", OrganisationKind.Programme, now);
        db.Programmes.Add(programme);
        db.Organisations.Add(team);
        audit.Record("programme.created", nameof(Programme), programme.Id, programmeId: programme.Id);
        await db.SaveChangesAsync(cancellationToken);
        return new Result(programme, team);
    }

    /// <summary>The profile named, or the one that fits the country: SNOMED CT in the UK, Gravity elsewhere.</summary>
    private static CodingProfile ProfileFor(string? named, string country) =>
        named is null
            ? (country.Trim().ToUpperInvariant() is "GB" or "UK" ? CodingProfile.UkSnomedCt : CodingProfile.UsGravityIcd10)
            : Enum.TryParse<CodingProfile>(named, ignoreCase: true, out var profile) && Enum.IsDefined(profile)
                ? profile
                : throw new DomainRuleException($"'{named}' is not a coding profile. Use one of: {string.Join(", ", Enum.GetNames<CodingProfile>())}.");
}
