using Linkwork.Data;
using Linkwork.Domain.Directory;
using Linkwork.Interop.Hsds;
using Linkwork.Web.Features.Directory.Search;
using Linkwork.Web.Features.People;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Hsds;

/// <summary>
/// <c>/hsds/service_at_locations</c>, paged list items with proximity, and <c>/hsds/service_at_locations/{id}</c>,
/// fully nested. Only listed services' places appear (<see cref="ServiceStatuses.IsListed"/>).
/// </summary>
internal static class HsdsServiceAtLocationEndpoints
{
    public static void MapServiceAtLocations(this RouteGroupBuilder hsds)
    {
        hsds.MapGet("/service_at_locations", async ([AsParameters] HsdsServiceAtLocationsRequest request, HsdsServiceAtLocationsQuery query,
            HsdsLookups lookups, PostcodeLookup postcodes, CancellationToken cancellationToken) =>
        {
            var (checkedRequest, errors) = request.Check(await postcodes.CentreOfAsync(request.Postcode, cancellationToken));
            if (checkedRequest is null)
            {
                return Results.ValidationProblem(errors, title: "The request's parameters are not valid",
                    detail: string.Join(" ", errors.Values.SelectMany(messages => messages)));
            }

            var (page, perPage) = (checkedRequest.Page, checkedRequest.PerPage);
            var (items, total) = await query.HandleAsync(checkedRequest.Filters, page, perPage, cancellationToken);
            var writer = await lookups.WriterForAsync([.. items.Select(i => i.Service).DistinctBy(s => s.Id)], cancellationToken);
            return HsdsEndpoints.Json(w => HsdsWriter.WritePage(w, new HsdsPage(total, page, perPage), items, (item, at) =>
            {
                if (checkedRequest.Full)
                {
                    writer.WriteServiceAtLocationFull(item, at.Service, at.Place);
                }
                else
                {
                    writer.WriteServiceAtLocationSummary(item, at.Service, at.Place);
                }
            }));
        }).WithName("HsdsServiceAtLocations")
            .WithSummary("Where listed services are delivered, one item per place, with the /services filters; proximity (metres) from a postcode, or from lat and lon, lists the nearest first.");

        hsds.MapGet("/service_at_locations/{id:guid}", async (Guid id, DirectorySearch search, LinkworkDbContext db, HsdsLookups lookups, CancellationToken cancellationToken) =>
        {
            // The places live inside their service's row: the map says which row, so one read by key finds it.
            var serviceId = (await search.ServiceAtLocationsAsync(cancellationToken)).ServiceOf(id);
            var service = serviceId is null ? null : await db.Services.AsNoTracking().SingleOrDefaultAsync(s => s.Id == serviceId, cancellationToken);
            var at = service is not null && service.Details.Status.IsListed() ? service.Details.Locations.FirstOrDefault(l => l.Id == id) : null;
            if (service is null || at is null)
            {
                return HsdsEndpoints.NotFound("service_at_location", id);
            }

            var writer = await lookups.WriterForAsync([service], cancellationToken);
            return HsdsEndpoints.Json(w => writer.WriteServiceAtLocationFull(w, service, at));
        }).WithName("HsdsServiceAtLocation");
    }
}
