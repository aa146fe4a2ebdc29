using Linkwork.Domain.Common;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Directory.Curation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwork.Web.Pages.App.Directory;

/// <summary>The review queue: each pending proposal with what would change, to accept or to reject with a reason.</summary>
public sealed class ChangeRequestsModel(ListChangeRequests requests, ReviewServiceChange review) : PageModel
{
    public IReadOnlyList<ListChangeRequests.Row> Requests { get; private set; } = [];
    public int Total { get; private set; }
    public int PageNumber { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync([FromQuery(Name = "page")] int page = 1, CancellationToken cancellationToken = default)
    {
        PageNumber = Math.Max(page, 1);
        (Requests, Total) = await requests.HandleAsync(User.ProgrammeOf() ?? Guid.Empty, PageNumber, cancellationToken);
    }

    public Task<IActionResult> OnPostAcceptAsync(Guid id, string? note, CancellationToken cancellationToken) =>
        ReviewAsync(id, accept: true, note, cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(Guid id, string? note, CancellationToken cancellationToken) =>
        ReviewAsync(id, accept: false, note, cancellationToken);

    private async Task<IActionResult> ReviewAsync(Guid id, bool accept, string? note, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await review.HandleAsync(User, id, accept, note, cancellationToken);
            if (outcome != CurationOutcome.Done)
            {
                return outcome == CurationOutcome.NotFound ? NotFound() : Forbid();
            }
        }
        catch (DomainRuleException rule)
        {
            ModelState.AddModelError("", rule.Message);
            await OnGetAsync(1, cancellationToken);
            return Page();
        }

        StatusMessage = accept ? "Accepted: the listing is updated." : "Rejected: the provider sees your reason.";
        return RedirectToPage();
    }
}
