using System.Security.Claims;
using Linkwork.Domain.Directory;

namespace Linkwork.Web.Features.Directory.Curation;

public static class CurationEndpoints
{
    public sealed record CapacityUpdate(CapacityStatus Status, int? EstimatedWaitWeeks);

    public sealed record ChangeProposal(Dictionary<ServiceField, string?> Changes, string? Note);

    public sealed record Review(string? Note);

    public static void MapCurationEndpoints(this RouteGroupBuilder api)
    {
        api.MapPut("/directory/services/{id:guid}/capacity", async (Guid id, CapacityUpdate update, ClaimsPrincipal user, UpdateServiceCapacity handler, CancellationToken cancellationToken) =>
                Respond(await handler.HandleAsync(user, id, update.Status, update.EstimatedWaitWeeks, cancellationToken)))
            .WithName("UpdateServiceCapacity")
            .WithSummary("Say whether a service can take people now (Gravity capacity codes), with an estimated wait.");

        api.MapPost("/directory/services/{id:guid}/change-requests", async (Guid id, ChangeProposal proposal, ClaimsPrincipal user, ProposeServiceChange handler, CancellationToken cancellationToken) =>
            {
                var (requestId, outcome) = await handler.HandleAsync(user, id, proposal.Changes, proposal.Note, cancellationToken);
                return outcome == CurationOutcome.Done
                    ? Results.Created($"/api/v1/directory/change-requests/{requestId}", new { id = requestId })
                    : Respond(outcome);
            })
            .WithName("ProposeServiceChange")
            .WithSummary("Propose an edit to a listing; a curator reviews it.");

        api.MapPost("/directory/change-requests/{id:guid}/accept", async (Guid id, Review review, ClaimsPrincipal user, ReviewServiceChange handler, CancellationToken cancellationToken) =>
                Respond(await handler.HandleAsync(user, id, accept: true, review.Note, cancellationToken)))
            .WithName("AcceptServiceChange")
            .WithSummary("Accept a proposed edit: it is applied to the listing.");

        api.MapPost("/directory/change-requests/{id:guid}/reject", async (Guid id, Review review, ClaimsPrincipal user, ReviewServiceChange handler, CancellationToken cancellationToken) =>
                Respond(await handler.HandleAsync(user, id, accept: false, review.Note, cancellationToken)))
            .WithName("RejectServiceChange")
            .WithSummary("Reject a proposed edit, saying why.");
    }

    private static IResult Respond(CurationOutcome outcome) => outcome switch
    {
        CurationOutcome.Done => Results.NoContent(),
        CurationOutcome.NotFound => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "There is no such listing or change request."),
        _ => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not yours to change", detail: "Only the organisation's own staff and the programme's curators can change this listing."),
    };
}
