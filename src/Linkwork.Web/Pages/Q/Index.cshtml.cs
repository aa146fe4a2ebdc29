using Linkwork.Domain.Measures;
using Linkwork.Web.Features.Measures.Questionnaires;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwork.Web.Pages.Q;

/// <summary>
/// The person answers a questionnaire on their own phone through the link the link worker sent. No sign-in: the link
/// is the key, and the page shows the questionnaire's items and nothing of the person's record. They may save and come
/// back; once they finish, the link stops working.
/// </summary>
[AllowAnonymous]
public sealed class QuestionnaireByLinkModel(AnswerByLink byLink) : PageModel
{
    public string Title { get; private set; } = "";
    public IReadOnlyList<QuestionnaireView.ItemView> Items { get; private set; } = [];

    /// <summary>The link was wrong, expired, replaced or used up.</summary>
    public bool Gone { get; private set; }

    public bool Finished { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        await LoadAsync(token, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, int itemCount, bool finish, CancellationToken cancellationToken)
    {
        var answers = FormAnswers.Read(Request.Form, Math.Clamp(itemCount, 0, Administration.MaxItems));
        var outcome = await byLink.AnswerAsync(token, answers, finish, cancellationToken);
        if (outcome is null)
        {
            Gone = true;
            return Page();
        }

        if (outcome.Problems.Count > 0)
        {
            foreach (var message in outcome.Problems.Values.SelectMany(m => m))
            {
                ModelState.AddModelError("", message);
            }

            // Show what they chose, as kept where it could be, so nothing they typed is lost.
            await LoadAsync(token, cancellationToken);
            return Page();
        }

        if (outcome.Questionnaire.State == AdministrationState.Completed)
        {
            Finished = true;
            return Page();
        }

        StatusMessage = "Your answers are saved. You can come back to this link to finish.";
        return Redirect($"/q/{token}");
    }

    private async Task LoadAsync(string token, CancellationToken cancellationToken)
    {
        var opened = await byLink.OpenAsync(token, cancellationToken);
        if (opened is null)
        {
            Gone = true;
            return;
        }

        (Title, Items) = (opened.Instrument.Title, QuestionnaireView.ItemsOf(opened.Instrument, opened.Questionnaire.Answers));
    }
}
