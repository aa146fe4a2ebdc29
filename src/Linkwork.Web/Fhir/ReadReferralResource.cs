using System.Security.Claims;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Pathway;
using Linkwork.Web.Features.Pathway.Referrals;

namespace Linkwork.Web.Fhir;

/// <summary>
/// Reads an onward referral for its Task or ServiceRequest with the REST API's rules: the same access (another
/// organisation's referral is not found), the same audit line, and the provider's first read marks it Opened (Task
/// status received) through the REST handler, <see cref="GetReferral"/>. Any other read is one query and an audit line.
/// Null when there is no onward referral the caller may see by that id.
/// </summary>
public sealed class ReadReferralResource(GetReferral getReferral, FhirReferralFacts facts, AuditTrail audit)
{
    public async Task<Interop.Fhir.ReferralFacts?> HandleAsync(ClaimsPrincipal user, Guid referralId, CancellationToken cancellationToken)
    {
        if (await facts.FindAsync(user, referralId, cancellationToken) is not { } found)
        {
            return null;
        }

        if (!OnwardReferral.OpensOnReadBy(user.SideOf(), found.State))
        {
            await audit.RecordReadsAsync("referral.read", nameof(OnwardReferral), [referralId]);
            return found;
        }

        await getReferral.ReadAsync(user, referralId, cancellationToken);
        return await facts.FindAsync(user, referralId, cancellationToken);
    }
}
