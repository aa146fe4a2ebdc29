using Linkwork.Domain.Access;
using Linkwork.Domain.Common;
using Linkwork.Domain.Pathway;
using Linkwork.Domain.Programmes;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Pathway.Episodes;
using Linkwork.Web.Features.People;
using Linkwork.Web.Features.Programmes;
using Linkwork.Web.Hosting;
using Linkwork.Web.Pages.App.People;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwork.Web.Pages.App.Episodes;

/// <summary>
/// A referral into the programme. A referrer writes the person's details as on a referral letter and cannot look
/// anyone up; the programme's own staff choose the person from the people finder (<c>?personId=</c>) or by name.
/// </summary>
public sealed class NewEpisodeModel(PeopleToRefer people, ReceiveEpisode receive, ReferWithDetails referWithDetails, GetProgramme programmes) : PageModel
{
    public PeopleToRefer.Candidate? Person { get; private set; }
    public IReadOnlyList<PeopleToRefer.Candidate> Candidates { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public Guid? PersonId { get; set; }

    /// <summary>The name typed into the finder.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    /// <summary>A referrer's description of the person.</summary>
    [BindProperty]
    public PersonInput Details { get; set; } = new();

    [BindProperty]
    public bool PersonConsentsToSharing { get; set; }

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

        return await AttemptAsync(() => receive.HandleAsync(User, new ReceiveEpisode.Command(personId, Source, Reasons ?? ""), cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostDetailsAsync(CancellationToken cancellationToken) =>
        AttemptAsync(() => referWithDetails.HandleAsync(User, new ReferWithDetails.Command(Details, Source, Reasons, PersonConsentsToSharing), cancellationToken), cancellationToken);

    private async Task<IActionResult> AttemptAsync(Func<Task<Episode>> refer, CancellationToken cancellationToken)
    {
        try
        {
            var episode = await refer();
            TempData["StatusMessage"] = "The referral is received.";
            return RedirectToPage("Details", new { id = episode.Id });
        }
        catch (InvalidFieldsException invalid)
        {
            PageFieldErrors.AddTo(ModelState, invalid, nameof(Details), nameof(Reasons), nameof(Source));
        }
        catch (DomainRuleException rule)
        {
            ModelState.AddModelError("", rule.Message);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (IsReferrer)
        {
            ViewData["EthnicityCodes"] = (await programmes.HandleAsync(User.ProgrammeOf(), cancellationToken))?.EthnicityCodes ?? EthnicityCategories.England2021;
        }
        else if (PersonId is { } personId)
        {
            Person = await people.ByIdAsync(User, personId, cancellationToken);
        }
        else
        {
            Candidates = await people.ByNameAsync(User, Name, cancellationToken);
        }
    }
}
