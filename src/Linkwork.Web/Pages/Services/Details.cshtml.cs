using Linkwork.Web.Features.Directory;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwork.Web.Pages.Services;

/// <summary>The public page of one service: what it is, where and when, what it costs, how to get in touch.</summary>
public sealed class DetailsModel(GetServiceListing listings) : PageModel
{
    public GetServiceListing.Listing Listing { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var listing = await listings.HandleAsync(id, cancellationToken);
        if (listing is null)
        {
            return NotFound();
        }

        Listing = listing;
        return Page();
    }
}
