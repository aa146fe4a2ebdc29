using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Directory.Curation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwork.Web.Pages.App.Directory;

/// <summary>Listings due a check, never-checked and oldest first, each one click from "checked today".</summary>
public sealed class StaleModel(ListStaleServices stale) : PageModel
{
    public ListStaleServices.Page Listings { get; private set; } = null!;
    public int PageNumber { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync([FromQuery(Name = "page")] int page = 1, CancellationToken cancellationToken = default)
    {
        PageNumber = Math.Max(page, 1);
        Listings = await stale.HandleAsync(User.ProgrammeOf() ?? Guid.Empty, PageNumber, cancellationToken);
    }
}
