using System.Security.Claims;
using Linkwork.Web.Hosting;

namespace Linkwork.Web.Features.Pathway.Safeguarding;

public static class SafeguardingEndpoints
{
    public static void MapSafeguardingEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/episodes/{id:guid}/safeguarding-concerns", async (Guid id, RaiseSafeguardingConcern.Command command, ClaimsPrincipal user, HttpContext context,
                RaiseSafeguardingConcern raise, GetSafeguardingConcern get, CancellationToken cancellationToken) =>
            {
                var concern = await raise.HandleAsync(user, id, command, cancellationToken);
                context.Response.Headers.ETag = VersionTag.Of(concern.Version);
                return Results.Created($"/api/v1/safeguarding-concerns/{concern.Id}", await get.HandleAsync(user, concern.Id, cancellationToken));
            })
            .WithIdempotencyKey()
            .WithTags("Safeguarding").WithName("RaiseSafeguardingConcern")
            .WithSummary("Raise a safeguarding concern on an episode (a note is required); the programme's supervisors are told at once.");

        api.MapGet("/safeguarding-concerns/{id:guid}", async (Guid id, ClaimsPrincipal user, HttpContext context, GetSafeguardingConcern get, CancellationToken cancellationToken) =>
            {
                var view = await get.HandleAsync(user, id, cancellationToken);
                return PathwayHttp.WithVersion(context, view, view.Version);
            })
            .WithTags("Safeguarding").WithName("GetSafeguardingConcern").WithSummary("A safeguarding concern (ETag = version).");

        api.MapPost("/safeguarding-concerns/{id:guid}/resolve", async (Guid id, ResolveSafeguardingConcern.Command command, ClaimsPrincipal user, HttpContext context,
                ResolveSafeguardingConcern resolve, GetSafeguardingConcern get, CancellationToken cancellationToken) =>
            {
                var concern = await resolve.HandleAsync(user, id, command, PathwayHttp.ExpectedVersion(context.Request), cancellationToken);
                return PathwayHttp.WithVersion(context, await get.HandleAsync(user, concern.Id, cancellationToken), concern.Version);
            })
            .WithTags("Safeguarding").WithName("ResolveSafeguardingConcern")
            .WithSummary("Resolve a concern with a note: a supervisor, or whoever raised it (otherwise 403); If-Match → 412 when stale; a resolved one answers 409.");
    }
}
