using Linkwork.Domain.Common;
using Linkwork.Domain.People;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.People;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Pages.App.People;

/// <summary>A supervisor merges a duplicate record into the one that stays, after seeing both side by side.</summary>
[Authorize(Policy = Policies.Supervisors)]
public sealed class MergeModel(GetPerson get, SearchPeople search, MergePeople merge, Data.LinkworkDbContext db) : PageModel
{
    public Person Duplicate { get; private set; } = null!;
    public Person? Survivor { get; private set; }
    public SearchPeople.Page? Candidates { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? SurvivorId { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (SurvivorId is not { } survivorId)
        {
            ModelState.AddModelError(nameof(SurvivorId), "Choose the record that stays.");
        }
        else
        {
            try
            {
                var result = await merge.HandleAsync(User, id, survivorId, Version, cancellationToken);
                if (result is null)
                {
                    return NotFound();
                }

                TempData["StatusMessage"] = "The duplicate is merged into this record.";
                return RedirectToPage("Details", new { id = survivorId });
            }
            catch (DomainRuleException rule)
            {
                ModelState.AddModelError("", rule.Message);
            }
            catch (Exception ex) when (ex is StaleVersionException or DbUpdateConcurrencyException)
            {
                ModelState.AddModelError("", "One of the records changed while you were looking at them, so nothing was merged. Check them again.");
            }
        }

        db.ChangeTracker.Clear();
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var duplicate = await get.HandleAsync(User, id, cancellationToken);
        if (duplicate is null)
        {
            return false;
        }

        Duplicate = duplicate;
        Version = duplicate.Version;
        if (SurvivorId is { } survivorId && survivorId != id)
        {
            Survivor = await get.HandleAsync(User, survivorId, cancellationToken);
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            Candidates = await search.HandleAsync(User, Q, 1, 10, cancellationToken);
        }

        return true;
    }
}
