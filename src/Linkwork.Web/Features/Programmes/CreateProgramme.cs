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
        var profile = command.CodingProfile is null ? CodingProfiles.DefaultFor(command.Country) : CodingProfiles.Parse(command.CodingProfile);
        var programme = Programme.Create(
            Guid.CreateVersion7(now), command.Name, command.Country, command.Locale, RoleTitles.EnglandDefaults,
            command.ResponseDeadlineDays, profile, now);
        if (await db.Programmes.AnyAsync(p => p.Name == programme.Name, cancellationToken))
        {
            throw new DomainRuleException($"A programme called '{programme.Name}' already exists.");
        }

        var team = Organisation.Create(Guid.CreateVersion7(now), programme.Id, programme.Name + " team", OrganisationKind.Programme, now);
        db.Programmes.Add(programme);
        db.Organisations.Add(team);
        audit.Record("programme.created", nameof(Programme), programme.Id, programmeId: programme.Id);
        await db.SaveChangesAsync(cancellationToken);
        return new Result(programme, team);
    }
}
