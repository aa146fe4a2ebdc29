using Linkwork.Domain.Common;
using Linkwork.Domain.Directory;
using Linkwork.Web.Features.Directory.Curation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwork.Web.Pages.App.Services;

/// <summary>
/// A listing's editing page. Curators save edits straight to the listing and mark it checked; the organisation's own
/// staff send the same form as a proposal for a curator to review. Both say how much room the service has.
/// </summary>
public sealed class ListingModel(
    GetListingForEditing listings, EditService edit, ProposeServiceChange propose, AssureService assure, UpdateServiceCapacity capacity) : PageModel
{
    public GetListingForEditing.Listing Listing { get; private set; } = null!;

    [BindProperty]
    public Dictionary<ServiceField, string?> Values { get; set; } = [];

    [BindProperty]
    public string? Note { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Values = Enum.GetValues<ServiceField>().ToDictionary(field => field, field => field.ValueIn(Listing.Service.Details));
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        try
        {
            if (Listing.CanCurate)
            {
                await edit.HandleAsync(User, id, Values, cancellationToken);
                StatusMessage = "The listing is saved.";
            }
            else
            {
                await propose.HandleAsync(User, id, Values, Note, cancellationToken);
                StatusMessage = "Your changes are sent to the directory's curators, who will review them.";
            }
        }
        catch (DomainRuleException rule)
        {
            ModelState.AddModelError("", rule.Message);
            return Page();
        }

        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostAssureAsync(Guid id, string? returnUrl, CancellationToken cancellationToken)
    {
        var outcome = await assure.HandleAsync(User, id, cancellationToken);
        StatusMessage = outcome == CurationOutcome.Done ? "Marked as checked today." : null;
        return Respond(outcome, id, returnUrl);
    }

    public async Task<IActionResult> OnPostCapacityAsync(Guid id, CapacityStatus status, int? waitWeeks, string? returnUrl, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await capacity.HandleAsync(User, id, status, waitWeeks, cancellationToken);
            StatusMessage = outcome == CurationOutcome.Done ? $"Capacity saved: {status.Label()}." : null;
            return Respond(outcome, id, returnUrl);
        }
        catch (DomainRuleException rule)
        {
            ModelState.AddModelError("", rule.Message);
            return await OnGetAsync(id, cancellationToken);
        }
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var (listing, outcome) = await listings.HandleAsync(User, id, cancellationToken);
        if (outcome != CurationOutcome.Done)
        {
            return outcome == CurationOutcome.NotFound ? NotFound() : Forbid();
        }

        Listing = listing!;
        return null;
    }

    /// <summary>Back where the button was pressed (a worklist, the dashboard), but only ever to a page of this site.</summary>
    private IActionResult Respond(CurationOutcome outcome, Guid id, string? returnUrl) => outcome switch
    {
        CurationOutcome.NotFound => NotFound(),
        CurationOutcome.Forbidden => Forbid(),
        _ when Url.IsLocalUrl(returnUrl) => LocalRedirect(returnUrl),
        _ => RedirectToPage(new { id }),
    };
}
