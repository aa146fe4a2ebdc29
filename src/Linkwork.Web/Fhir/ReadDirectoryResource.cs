using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Interop.Fhir;
using Linkwork.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Fhir;

/// <summary>
/// Organizations and HealthcareServices of the caller's programme. The directory is public (the site and /hsds show
/// it to anyone), so nothing here is audited; the programme scope keeps another deployment's organisations out.
/// </summary>
public sealed class ReadDirectoryResource(LinkworkDbContext db)
{
    public async Task<OrganizationFacts?> OrganizationAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var programme = user.ProgrammeOf();
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == id && o.ProgrammeId == programme).SingleOrDefaultAsync(cancellationToken);
        return organisation is null
            ? null
            : new OrganizationFacts(organisation.Id, organisation.Name, organisation.Kind.ToString(), organisation.LastModified,
                organisation.Phone, organisation.Email, organisation.Website);
    }

    public async Task<HealthcareServiceFacts?> HealthcareServiceAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var programme = user.ProgrammeOf();
        var found = await (from s in db.Services.AsNoTracking()
                           join o in db.Organisations on s.OrganisationId equals o.Id
                           where s.Id == id && o.ProgrammeId == programme
                           select new { Service = s, Organisation = o.Name }).SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var (service, details) = (found.Service, found.Service.Details);
        return new HealthcareServiceFacts(
            service.Id, service.OrganisationId, found.Organisation, details.Name, details.Description,
            details.Status == Domain.Directory.ServiceStatus.Active, service.AcceptsReferrals, service.LastModified,
            details.Phones.Select(p => p.Number).ToList(), details.Email, details.Url, details.EligibilityDescription);
    }
}
