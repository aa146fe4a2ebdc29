using Linkwork.Domain.Access;
using Linkwork.Domain.Common;
using Linkwork.Domain.Pathway;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Pathway.Episodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwork.Web.Pages.App.Episodes;

/// <summary>
/// A referral into the programme, by a referrer or the programme's own staff. The person comes from the people finder
/// (<c>?personId=</c>); until that exists everywhere, a name search here offers a short list to choose from.
/// </summary>
public sealed class NewEpisodeModel(PeopleToRefer people, ReceiveEpisode receive) : PageModel
{
    public PeopleToRefer.Candidate? Person { get; private set; }
    public IReadOnlyList<PeopleToRefer.Candidate> Candidates { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public Guid? PersonId { get; set; }

    /// <summary>The name typed into the fallback finder.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    [BindProperty]
    public ReferralSource Source { get; set; }

    [BindProperty]
    public string? Reasons { get; set; }

    public bool IsReferrer => User.RoleOf() == Role.Referrer;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Source = IsReferrer ? ReferralSource.GeneralPractice : ReferralSource.Community;
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (PersonId is not { } personId)
        {
            ModelState.AddModelError(nameof(PersonId), "Choose the person you are referring.");
            await LoadAsync(cancellationToken);
            return Page();
        }

        try
        {
            var episode = await receive.HandleAsync(User, new ReceiveEpisode.Command(personId, Source, Reasons ?? ""), cancellationToken);
            TempData["StatusMessage"] = "The referral is received.";
            return RedirectToPage("Details", new { id = episode.Id });
        }
        catch (DomainRuleException rule)
        {
            ModelState.AddModelError("", rule.Message);
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (PersonId is { } personId)
        {
            Person = await people.ByIdAsync(User, personId, cancellationToken);
        }
        else
        {
            Candidates = await people.ByNameAsync(User, Name, cancellationToken);
        }
    }
}
