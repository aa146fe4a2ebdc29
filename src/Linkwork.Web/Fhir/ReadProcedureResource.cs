using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Pathway;
using Linkwork.Interop.Fhir;
using Linkwork.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Fhir;

/// <summary>
/// The Procedure of a completed onward referral: what the provider did, read from the completion's move in the event
/// log (its coded reason and words). Whoever may see the referral (<c>PathwayAccess</c>) may see it; it is a read of
/// the referral, audited as one.
/// </summary>
public sealed class ReadProcedureResource(LinkworkDbContext db, FhirReferralFacts facts, AuditTrail audit)
{
    public async Task<ProcedureFacts?> HandleAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        if (await facts.FindAsync(user, id, cancellationToken) is not { State: OnwardReferralState.Completed } referral)
        {
            return null;
        }

        // Completed is closed to every move but entered-in-error, so the current version's move is the completion.
        var code = await db.PathwayEvents.AsNoTracking().Where(e => e.RecordId == id && e.Version == referral.Version)
            .Select(e => e.ReasonCode).SingleOrDefaultAsync(cancellationToken);
        await audit.RecordReadsAsync("referral.read", nameof(OnwardReferral), [id]);
        var snomed = code is not null && code.StartsWith(OnwardReferral.WhatWasDonePrefix, StringComparison.Ordinal) ? code[OnwardReferral.WhatWasDonePrefix.Length..] : null;
        return new ProcedureFacts(referral.Id, referral.Version, referral.UpdatedAt, referral.PersonId, referral.PersonName, referral.OrganisationId,
            referral.OrganisationName, referral.ServiceName, snomed, referral.StatusReason, referral.Needs);
    }
}
