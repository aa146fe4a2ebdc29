using Linkwork.Domain.Common;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Programmes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwork.Web.Pages.App.Admin;

/// <summary>An administrator sets the codes people's ethnicity is recorded in, one "CODE | words" line each.</summary>
public sealed class EthnicityCodesModel(GetProgramme get, SetEthnicityCodes set) : PageModel
{
    [BindProperty]
    public string? Codes { get; set; }

    public bool IsDefault { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var programme = await get.HandleAsync(User.ProgrammeOf() ?? Guid.Empty, cancellationToken);
        if (programme is null)
        {
            return NotFound();
        }

        Codes = SetEthnicityCodes.Format(programme.EthnicityCodes);
        IsDefault = programme.CustomEthnicityCodes is null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            await set.HandleAsync(User.ProgrammeOf() ?? Guid.Empty, SetEthnicityCodes.Parse(Codes), cancellationToken);
        }
        catch (DomainRuleException rule)
        {
            ModelState.AddModelError(nameof(Codes), rule.Message);
            return Page();
        }

        StatusMessage = "The ethnicity codes are saved.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDefaultAsync(CancellationToken cancellationToken)
    {
        await set.HandleAsync(User.ProgrammeOf() ?? Guid.Empty, null, cancellationToken);
        StatusMessage = "The programme records ethnicity in England's 2021 census categories again.";
        return RedirectToPage();
    }
}
