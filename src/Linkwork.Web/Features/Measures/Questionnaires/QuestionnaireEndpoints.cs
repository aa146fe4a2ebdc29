using System.Security.Claims;
using Linkwork.Web.Features.Pathway;
using Linkwork.Web.Hosting;

namespace Linkwork.Web.Features.Measures.Questionnaires;

/// <summary>
/// Questionnaires taken in an episode: started from the schedule or at will, answered part way and finished by staff
/// (or by the person through a link), called off. The episode's rules of access apply: a caseload worker of the
/// programme changes them; whoever cannot see the episode finds nothing.
/// </summary>
public static class QuestionnaireEndpoints
{
    public sealed record AnswersBody(IReadOnlyList<System.Text.Json.JsonElement>? Items);

    public static void MapQuestionnaireEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/episodes/{episodeId:guid}/questionnaires", async (Guid episodeId, StartQuestionnaire.Command command, ClaimsPrincipal user, HttpContext context,
                StartQuestionnaire start, GetQuestionnaire get, CancellationToken cancellationToken) =>
            {
                var started = await start.HandleAsync(user, episodeId, command, cancellationToken);
                context.Response.Headers.ETag = VersionTag.Of(started.Version);
                return Results.Created($"/api/v1/questionnaires/{started.Id}", await get.HandleAsync(user, started.Id, cancellationToken));
            })
            .WithIdempotencyKey().WithTags("Measures")
            .WithName("StartQuestionnaire").WithSummary("Start a questionnaire in an episode: instrument id, timepoint (Baseline, FollowUp with weeksAfterPlan, Discharge).");

        var questionnaires = api.MapGroup("/questionnaires").WithTags("Measures");

        questionnaires.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, HttpContext context, GetQuestionnaire get, CancellationToken cancellationToken) =>
            {
                var view = await get.HandleAsync(user, id, cancellationToken);
                return PathwayHttp.WithVersion(context, view, view.Version);
            })
            .WithName("GetQuestionnaire").WithSummary("A questionnaire: items, answer options, answers kept, and once finished its score and coded needs (ETag = version).");

        questionnaires.MapPut("/{id:guid}/answers", (Guid id, AnswersBody body, ClaimsPrincipal user, HttpContext context, RecordQuestionnaireAnswers record, GetQuestionnaire get, CancellationToken cancellationToken) =>
                Answer(id, body, finish: false, user, context, record, get, cancellationToken))
            .WithName("SaveQuestionnaireAnswers").WithSummary("Keep answers part way ({\"items\":[...]} in item order, as the scoring endpoint takes them); each is checked by its item, 422 naming items[i]; If-Match → 412 when stale.");

        questionnaires.MapPost("/{id:guid}/complete", (Guid id, AnswersBody? body, ClaimsPrincipal user, HttpContext context, RecordQuestionnaireAnswers record, GetQuestionnaire get, CancellationToken cancellationToken) =>
                Answer(id, body ?? new AnswersBody(null), finish: true, user, context, record, get, cancellationToken))
            .WithName("CompleteQuestionnaire").WithSummary("Finish and score it, with these answers or those kept; 422 names each item still missing (the answers given are kept); needs from positive screens are recorded.");

        questionnaires.MapPost("/{id:guid}/cancel", async (Guid id, ClaimsPrincipal user, HttpContext context, CancelQuestionnaire cancel, GetQuestionnaire get, CancellationToken cancellationToken) =>
            {
                var cancelled = await cancel.HandleAsync(user, id, PathwayHttp.ExpectedVersion(context.Request), cancellationToken);
                return PathwayHttp.WithVersion(context, await get.HandleAsync(user, id, cancellationToken), cancelled.Version);
            })
            .WithName("CancelQuestionnaire").WithSummary("Call a questionnaire off; the person's link stops working; a finished one answers 409.");

        questionnaires.MapPost("/{id:guid}/link", async (Guid id, ClaimsPrincipal user, HttpContext context, IssueQuestionnaireLink issue, CancellationToken cancellationToken) =>
            {
                var link = await issue.HandleAsync(user, id, PathwayHttp.ExpectedVersion(context.Request), cancellationToken);
                return PathwayHttp.WithVersion(context, link, link.Version);
            })
            .WithName("IssueQuestionnaireLink").WithSummary("A link by which the person answers it on their own phone, shown once; it works until finished, called off, replaced or 14 days pass.");
    }

    private static async Task<IResult> Answer(Guid id, AnswersBody body, bool finish, ClaimsPrincipal user, HttpContext context, RecordQuestionnaireAnswers record, GetQuestionnaire get, CancellationToken cancellationToken)
    {
        var outcome = await record.HandleAsync(user, id, new RecordQuestionnaireAnswers.Command(body.Items is null ? null : JsonAnswers.Read(body.Items), finish), PathwayHttp.ExpectedVersion(context.Request), cancellationToken);
        return PathwayHttp.WithVersion(context, await get.HandleAsync(user, id, cancellationToken), outcome.Questionnaire.Version);
    }
}
