using Linkwork.Domain.Common;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Programmes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwork.Web.Pages.App.Admin;

public sealed class ProgrammeSettingsModel(GetProgramme programmes, UpdateProgrammeSettings update) : PageModel
{
    [BindProperty]
    public UpdateProgrammeSettings.Command Input { get; set; } = null!;

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var programme = await programmes.HandleAsync(User.ProgrammeOf() ?? Guid.Empty, cancellationToken);
        if (programme is null)
        {
            return NotFound();
        }

        Input = UpdateProgrammeSettings.From(programme);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            await update.HandleAsync(User.ProgrammeOf() ?? Guid.Empty, Input, cancellationToken);
        }
        catch (DomainRuleException rule)
        {
            ModelState.AddModelError("", rule.Message);
            return Page();
        }

        StatusMessage = "The programme's settings are saved.";
        return RedirectToPage();
    }
}
