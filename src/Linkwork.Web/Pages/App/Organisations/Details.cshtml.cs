using Linkwork.Domain.Access;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Directory;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwork.Web.Pages.App.Organisations;

/// <summary>An organisation's page: its own members and the programme's team only (resource-based check).</summary>
public sealed class OrganisationDetailsModel(GetOrganisation organisations, ListOrganisationServices services, IAuthorizationService authorization) : PageModel
{
    public Organisation Organisation { get; private set; } = null!;
    public IReadOnlyList<ListOrganisationServices.Row> Services { get; private set; } = [];
    public int PageNumber { get; private set; }
    /// <summary>The organisation's own staff and the programme's curators open each listing to edit it.</summary>
    public bool CanEditListings { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = "page")] int page = 1, CancellationToken cancellationToken = default)
    {
        var organisation = await organisations.HandleAsync(id, cancellationToken);
        if (organisation is null)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, organisation, OrganisationAccess.Requirement)).Succeeded)
        {
            return Forbid();
        }

        Organisation = organisation;
        CanEditListings = Features.Directory.Curation.ListingAccess.Allows(User, organisation, curatorsOnly: false);
        PageNumber = Math.Max(page, 1);
        Services = await services.HandleAsync(id, PageNumber, cancellationToken);
        return Page();
    }
}
