using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Domain.Directory;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Directory.Curation;

/// <summary>
/// A listing as its editors see it: the service in any status, where it is delivered, and its history of change
/// requests. Curators edit it; the organisation's own staff propose edits and say how much room there is.
/// </summary>
public sealed class GetListingForEditing(LinkworkDbContext db)
{
    public const int HistoryLength = 20;

    public sealed record Listing(
        Service Service, Organisation Organisation, IReadOnlyList<Location> Locations, IReadOnlyList<ServiceChangeRequest> History, bool CanCurate);

    public async Task<(Listing? Listing, CurationOutcome Outcome)> HandleAsync(ClaimsPrincipal user, Guid serviceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var (service, outcome) = await ListingAccess.LoadForEditAsync(db, user, serviceId, curatorsOnly: false, cancellationToken);
        if (outcome != CurationOutcome.Done)
        {
            return (null, outcome);
        }

        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == service!.OrganisationId, cancellationToken);
        var locationIds = service!.Details.Locations.Select(l => l.LocationId).ToList();
        var locations = await db.Locations.AsNoTracking().Where(l => locationIds.Contains(l.Id)).ToListAsync(cancellationToken);
        var history = await db.ServiceChangeRequests.AsNoTracking().Where(r => r.ServiceId == serviceId)
            .OrderByDescending(r => r.ProposedAt).Take(HistoryLength).ToListAsync(cancellationToken);
        var canCurate = ListingAccess.Allows(user, organisation, curatorsOnly: true);
        return (new Listing(service, organisation, [.. locations.OrderBy(l => locationIds.IndexOf(l.Id))], history, canCurate), CurationOutcome.Done);
    }
}
