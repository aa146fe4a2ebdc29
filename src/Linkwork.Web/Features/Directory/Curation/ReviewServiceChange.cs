using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Directory.Search;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Directory.Curation;

/// <summary>A curator accepts a provider's proposal (applying it to the listing) or rejects it with a reason.</summary>
public sealed class ReviewServiceChange(LinkworkDbContext db, AuditTrail audit, TimeProvider clock, DirectorySearch search)
{
    public async Task<CurationOutcome> HandleAsync(
        ClaimsPrincipal user, Guid requestId, bool accept, string? note, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var request = await db.ServiceChangeRequests.SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null)
        {
            return CurationOutcome.NotFound;
        }

        var (service, outcome) = await ListingAccess.LoadForEditAsync(db, user, request.ServiceId, curatorsOnly: true, cancellationToken);
        if (outcome != CurationOutcome.Done)
        {
            return outcome;
        }

        var curator = user.Id() ?? Guid.Empty;
        var now = clock.GetUtcNow();
        if (accept)
        {
            request.Accept(service!, curator, note, now);
        }
        else
        {
            // The domain insists on a reason, so the provider can put the listing right.
            request.Reject(curator, note ?? "", now);
        }

        audit.Record(accept ? "service.change-accepted" : "service.change-rejected", "ServiceChangeRequest", requestId);
        await db.SaveChangesAsync(cancellationToken);
        if (accept)
        {
            await search.ServicesChangedAsync([request.ServiceId], imported: false, cancellationToken);
        }

        return CurationOutcome.Done;
    }
}
