using Linkwork.Domain.Access;
using Linkwork.Domain.Common;
using Linkwork.Web.Features.Directory;
using Linkwork.Web.Features.Directory.Curation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwork.Web.Pages.App.Directory.Organisations;

/// <summary>A curator corrects what the directory says about an organisation, and reaches its services.</summary>
public sealed class EditOrganisationModel(EditOrganisationListing edit, ListOrganisationServices services, Data.LinkworkDbContext db) : PageModel
{
    public Organisation Organisation { get; private set; } = null!;
    public IReadOnlyList<ListOrganisationServices.Row> Services { get; private set; } = [];

    [BindProperty]
    public EditOrganisationListing.Command Input { get; set; } = null!;

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        Input = EditOrganisationListing.Command.From(Organisation);
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

        StatusMessage = "The organisation is saved.";
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var (organisation, outcome) = await ListingAccess.LoadOrganisationForEditAsync(db, User, id, cancellationToken);
        if (outcome != CurationOutcome.Done)
        {
            return outcome == CurationOutcome.NotFound ? NotFound() : Forbid();
        }

        Organisation = organisation!;
        Services = await services.HandleAsync(id, cancellationToken: cancellationToken);
        return null;
    }
}
