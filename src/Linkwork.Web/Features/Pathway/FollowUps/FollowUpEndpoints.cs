using System.Security.Claims;
using Linkwork.Web.Hosting;

namespace Linkwork.Web.Features.Pathway.FollowUps;

public static class FollowUpEndpoints
{
    public sealed record CancelBody(string? Reason);

    public static void MapFollowUpEndpoints(this RouteGroupBuilder api)
    {
        var tasks = api.MapGroup("/tasks").WithTags("Tasks");

        tasks.MapGet("/", async (bool? mine, bool? overdue, bool? dueToday, Guid? episodeId, bool? open, int? page, int? pageSize,
                ClaimsPrincipal user, ListFollowUps list, CancellationToken cancellationToken) =>
                Results.Ok(await list.HandleAsync(user, new ListFollowUps.Filter(mine ?? false, overdue ?? false, dueToday ?? false, episodeId, open ?? true), page, pageSize, cancellationToken)))
            .WithName("ListFollowUps").WithSummary("The team's follow-ups, soonest due first: mine, overdue, dueToday (both: due today or earlier), by episode; open only unless open=false.");

        tasks.MapPost("/", async (AddFollowUp.Command command, ClaimsPrincipal user, HttpContext context, AddFollowUp add, GetFollowUp get, CancellationToken cancellationToken) =>
            {
                var followUp = await add.HandleAsync(user, command, cancellationToken);
                context.Response.Headers.ETag = VersionTag.Of(followUp.Version);
                return Results.Created($"/api/v1/tasks/{followUp.Id}", await get.HandleAsync(user, followUp.Id, cancellationToken));
            })
            .WithIdempotencyKey()
            .WithName("AddFollowUp").WithSummary("Plan a follow-up on an episode: title, optional note, due day (today or later), assignee (the episode's link worker unless named).");

        tasks.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, HttpContext context, GetFollowUp get, CancellationToken cancellationToken) =>
            {
                var view = await get.HandleAsync(user, id, cancellationToken);
                return PathwayHttp.WithVersion(context, view, view.Version);
            })
            .WithName("GetFollowUp").WithSummary("A follow-up (ETag = version).");

        tasks.MapPost("/{id:guid}/complete", async (Guid id, ClaimsPrincipal user, HttpContext context, CompleteFollowUp complete, GetFollowUp get, CancellationToken cancellationToken) =>
            {
                var followUp = await complete.HandleAsync(user, id, PathwayHttp.ExpectedVersion(context.Request), cancellationToken);
                return PathwayHttp.WithVersion(context, await get.HandleAsync(user, followUp.Id, cancellationToken), followUp.Version);
            })
            .WithName("CompleteFollowUp").WithSummary("Tick a follow-up done; If-Match → 412 when stale; a closed one answers 409.");

        tasks.MapPost("/{id:guid}/cancel", async (Guid id, CancelBody? body, ClaimsPrincipal user, HttpContext context, CancelFollowUp cancel, GetFollowUp get, CancellationToken cancellationToken) =>
            {
                var followUp = await cancel.HandleAsync(user, id, body?.Reason, PathwayHttp.ExpectedVersion(context.Request), cancellationToken);
                return PathwayHttp.WithVersion(context, await get.HandleAsync(user, followUp.Id, cancellationToken), followUp.Version);
            })
            .WithName("CancelFollowUp").WithSummary("Call a follow-up off, with an optional reason; If-Match → 412 when stale; a closed one answers 409.");
    }
}
