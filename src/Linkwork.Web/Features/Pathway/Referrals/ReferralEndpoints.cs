using System.Security.Claims;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Hosting;

namespace Linkwork.Web.Features.Pathway.Referrals;

public static class ReferralEndpoints
{
    public sealed record MoveBody(string? Note, DeclineReason? DeclineReason, OnwardReferralState? Outcome);

    public sealed record MessageBody(string Text);

    public static void MapReferralEndpoints(this RouteGroupBuilder api)
    {
        var referrals = api.MapGroup("/referrals").WithTags("Referrals");

        referrals.MapPost("/", async (DraftReferral.Command command, ClaimsPrincipal user, HttpContext context, DraftReferral draft, GetReferral get, CancellationToken cancellationToken) =>
            {
                var referral = await draft.HandleAsync(user, command, cancellationToken);
                context.Response.Headers.ETag = Hosting.VersionTag.Of(referral.Version);
                return Results.Created($"/api/v1/referrals/{referral.Id}", await get.ViewAsync(user, referral, cancellationToken));
            })
            .WithIdempotencyKey()
            .WithName("DraftReferral").WithSummary("Start an onward referral from an episode to a service that takes referrals.");

        referrals.MapGet("/", async (OnwardReferralState? state, bool? open, bool? awaiting, Guid? episodeId, int? page, int? pageSize,
                ClaimsPrincipal user, ListReferrals list, CancellationToken cancellationToken) =>
                Results.Ok(await list.HandleAsync(user, new ListReferrals.Filter(state, open ?? true, awaiting ?? false, episodeId), page, pageSize, cancellationToken)))
            .WithName("ListReferrals").WithSummary("A provider's inbox, or the programme's referrals waiting on providers.");

        referrals.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, HttpContext context, GetReferral get, CancellationToken cancellationToken) =>
            {
                var view = await get.HandleAsync(user, id, cancellationToken);
                return PathwayHttp.WithVersion(context, view, view.Version);
            })
            .WithName("GetReferral").WithSummary("A referral with the person's shared details, its thread and history; a provider's first read marks it Opened.");

        referrals.MapPost("/{id:guid}/send", async (Guid id, ClaimsPrincipal user, HttpContext context, SendReferral handler, GetReferral get, CancellationToken cancellationToken) =>
            {
                var referral = await handler.HandleAsync(user, id, PathwayHttp.ExpectedVersion(context.Request), cancellationToken);
                return PathwayHttp.WithVersion(context, await get.ViewAsync(user, referral, cancellationToken), referral.Version);
            })
            .WithName("SendReferral").WithSummary("Send a drafted referral to the provider: refused (422) without the person's consent to share, or when the service no longer takes referrals.");

        referrals.MapPost("/{id:guid}/messages", async (Guid id, MessageBody body, ClaimsPrincipal user, WriteReferralMessage handler, CancellationToken cancellationToken) =>
            {
                var message = await handler.HandleAsync(user, id, body.Text, cancellationToken);
                return Results.Created($"/api/v1/referrals/{id}", new { message.Id, message.From, message.At });
            })
            .WithIdempotencyKey()
            .WithName("WriteReferralMessage").WithSummary("Write in the referral's thread between link worker and provider.");

        referrals.MapPost("/{id:guid}/{move}", async (Guid id, string move, MoveBody? body, ClaimsPrincipal user, HttpContext context, MoveReferral handler, GetReferral get, CancellationToken cancellationToken) =>
            {
                if (PathwayHttp.MoveNamed<ReferralMove>(move) is not { } named)
                {
                    return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such move",
                        detail: $"Referrals move by: {string.Join(", ", Enum.GetNames<ReferralMove>())} (and send).");
                }

                var referral = await handler.HandleAsync(user, id, named, new ReferralMoveDetails(body?.Note, body?.DeclineReason, body?.Outcome), PathwayHttp.ExpectedVersion(context.Request), cancellationToken);
                return PathwayHttp.WithVersion(context, await get.ViewAsync(user, referral, cancellationToken), referral.Version);
            })
            .WithName("MoveReferral").WithSummary("Provider: accept, waitlist, request-information, decline (reason required), record-engagement, record-outcome. Link worker: supply-information, withdraw, entered-in-error. If-Match → 412 when stale; an illegal move → 409 naming the allowed ones.");

        api.MapGet("/directory/services/{id:guid}/responsiveness", async (Guid id, ClaimsPrincipal user, ServiceResponsiveness handler, CancellationToken cancellationToken) =>
                Results.Ok(await handler.HandleAsync(user, id, cancellationToken)))
            .WithTags("Referrals").WithName("ServiceResponsiveness").WithSummary("How a service answers referrals: median days to respond and share accepted.");
    }
}
