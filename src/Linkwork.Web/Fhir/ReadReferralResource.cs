using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Web.Features.Pathway.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Fhir;

/// <summary>
/// Reads an onward referral for its Task or ServiceRequest through the REST API's own handler, <see cref="GetReferral"/>:
/// the same access (another organisation's referral is not found), the same audit line, and the provider's first read
/// marks it Opened (Task status received) exactly as it does over /api.
/// </summary>
public sealed class ReadReferralResource(LinkworkDbContext db, GetReferral getReferral, FhirReferralFacts facts)
{
    public async Task<Interop.Fhir.ReferralFacts> HandleAsync(ClaimsPrincipal user, Guid referralId, CancellationToken cancellationToken)
    {
        await getReferral.ReadAsync(user, referralId, cancellationToken);
        var loaded = await facts.LoadAsync(db.OnwardReferrals.AsNoTracking().Where(r => r.Id == referralId), cancellationToken);
        return loaded.Single();
    }
}
