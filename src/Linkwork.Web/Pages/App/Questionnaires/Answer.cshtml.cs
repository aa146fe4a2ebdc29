using Linkwork.Domain.Common;
using Linkwork.Domain.Measures;
using Linkwork.Web.Features.Measures.Questionnaires;
using Linkwork.Web.Hosting;
using Linkwork.Web.Pages.App.Episodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwork.Web.Pages.App.Questionnaires;

/// <summary>
/// A questionnaire answered with a member of staff: the items, the answers so far, Save to finish later, Finish to
/// score; and a link for the person to answer on their own phone, shown once.
/// </summary>
public sealed class AnswerModel(GetQuestionnaire get, RecordQuestionnaireAnswers record, CancelQuestionnaire cancel, IssueQuestionnaireLink issue) : PageModel
{
    public QuestionnaireView Questionnaire { get; private set; } = null!;

    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>The person's link, shown once, right after it is made.</summary>
    [TempData]
    public string? NewLink { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Questionnaire = await get.HandleAsync(User, id, cancellationToken);
        return Page();
    }

    /// <summary>Saves or finishes the answers posted; the form says how many items it showed (each posts as item-N).</summary>
    public Task<IActionResult> OnPostAnswersAsync(Guid id, int version, int itemCount, bool finish, CancellationToken cancellationToken) =>
        AttemptAsync(id, async () =>
        {
            var answers = FormAnswers.Read(Request.Form, Math.Clamp(itemCount, 0, Administration.MaxItems));
            var outcome = await record.HandleAsync(User, id, new RecordQuestionnaireAnswers.Command(answers, finish), version, cancellationToken);
            return outcome.Questionnaire.State == AdministrationState.Completed
                ? $"Finished: {Scored(outcome.Questionnaire)}."
                : "The answers so far are saved.";
        }, cancellationToken);

    public Task<IActionResult> OnPostCancelAsync(Guid id, int version, CancellationToken cancellationToken) =>
        AttemptAsync(id, async () =>
        {
            await cancel.HandleAsync(User, id, version, cancellationToken);
            return "The questionnaire is called off.";
        }, cancellationToken);

    public Task<IActionResult> OnPostLinkAsync(Guid id, int version, CancellationToken cancellationToken) =>
        AttemptAsync(id, async () =>
        {
            var link = await issue.HandleAsync(User, id, version, cancellationToken);
            NewLink = link.Url.ToString();
            return $"A link is ready. Send it to the person; it works until {PathwayText.Day(DateOnly.FromDateTime(link.ExpiresAt.UtcDateTime))} or until the questionnaire is finished.";
        }, cancellationToken);

    private static string Scored(Administration done) =>
        done.Score is { } score ? $"{score:0.##}{(done.Band is null ? "" : $" ({done.Band})")}" : done.Positive is { } positive ? positive ? "screens positive" : "screens negative" : "scored";

    private async Task<IActionResult> AttemptAsync(Guid id, Func<Task<string>> change, CancellationToken cancellationToken)
    {
        try
        {
            StatusMessage = await change();
            return Redirect($"/app/questionnaires/{id}");
        }
        catch (InvalidFieldsException invalid)
        {
            foreach (var message in invalid.Errors.Values.SelectMany(m => m))
            {
                ModelState.AddModelError("", message);
            }
        }
        catch (Exception refused) when (refused is DomainRuleException or IllegalTransitionException or StaleVersionException
            or Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", EpisodeMessages.Explain(refused));
        }

        Questionnaire = await get.HandleAsync(User, id, cancellationToken);
        return Page();
    }
}
