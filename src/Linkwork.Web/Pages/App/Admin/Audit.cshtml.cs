using Linkwork.Web.Features.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwork.Web.Pages.App.Admin;

public sealed class AuditModel(ReadAuditTrail trail) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "action")]
    public string? Action { get; set; }

    public ReadAuditTrail.Page Trail { get; private set; } = new([], 1, false);

    public async Task OnGetAsync(int page = 1, CancellationToken cancellationToken = default) =>
        Trail = await trail.HandleAsync(User.ProgrammeOf() ?? Guid.Empty, page, Action, cancellationToken);
}
