using Linkwork.Domain.Common;
using Linkwork.Domain.Directory;
using Linkwork.Web.Features.Directory.Curation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwork.Web.Pages.App.Directory.Locations;

/// <summary>A curator corrects a place: its name, directions, map position and address.</summary>
public sealed class EditLocationModel(EditLocation edit, Data.LinkworkDbContext db) : PageModel
{
    public Location Location { get; private set; } = null!;

    [BindProperty]
    public EditLocation.Command Input { get; set; } = null!;

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Input = EditLocation.Command.From(Location.Details);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            await edit.HandleAsync(User, id, Input, cancellationToken);
        }
        catch (DomainRuleException rule)
        {
            ModelState.AddModelError("", rule.Message);
            return Page();
        }

        StatusMessage = "The place is saved.";
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var (location, outcome) = await ListingAccess.LoadLocationForEditAsync(db, User, id, cancellationToken);
        if (outcome != CurationOutcome.Done)
        {
            return outcome == CurationOutcome.NotFound ? NotFound() : Forbid();
        }

        Location = location!;
        return null;
    }
}
