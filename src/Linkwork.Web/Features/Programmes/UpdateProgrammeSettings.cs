using Linkwork.Data;
using Linkwork.Domain.Common;
using Linkwork.Domain.Programmes;
using Linkwork.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Programmes;

/// <summary>
/// An administrator changes the programme's settings: its name, region, what it calls each role, how long
/// providers have to answer a referral, how many failed contact attempts suggest "unable to contact", and the codes it records in. All or nothing: one bad value changes none.
/// </summary>
public sealed class UpdateProgrammeSettings(LinkworkDbContext db, AuditTrail audit)
{
    public sealed record Command(
        string Name, string Country, string Locale, int ResponseDeadlineDays, CodingProfile CodingProfile,
        string LinkWorkerTitle, string ReferrerTitle, string SupervisorTitle, string ProviderStaffTitle,
        string PersonTitle, string AnalystTitle, int ContactAttemptsBeforeUnableToContact = Programme.DefaultContactAttempts);

    public async Task<Programme> HandleAsync(Guid programmeId, Command command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var programme = await db.Programmes.SingleOrDefaultAsync(p => p.Id == programmeId, cancellationToken)
            ?? throw new DomainRuleException("The programme no longer exists.");

        // The domain checks each value as it is applied; nothing is saved unless every one passes.
        programme.Rename(command.Name);
        programme.SetRegion(command.Country, command.Locale);
        programme.SetResponseDeadline(command.ResponseDeadlineDays);
        programme.SetContactAttempts(command.ContactAttemptsBeforeUnableToContact);
        programme.UseCodingProfile(command.CodingProfile);
        programme.RetitleRoles(new RoleTitles(
            command.LinkWorkerTitle, command.ReferrerTitle, command.SupervisorTitle,
            command.ProviderStaffTitle, command.PersonTitle, command.AnalystTitle));
        audit.Record("programme.updated", nameof(Programme), programme.Id);
        await db.SaveChangesAsync(cancellationToken);
        return programme;
    }

    public static Command From(Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var titles = programme.RoleTitles;
        return new Command(programme.Name, programme.Country, programme.Locale, programme.ResponseDeadlineDays, programme.CodingProfile,
            titles.LinkWorker, titles.Referrer, titles.Supervisor, titles.ProviderStaff, titles.Person, titles.Analyst,
            programme.ContactAttemptsBeforeUnableToContact);
    }
}
