using Linkwork.Web.Features.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwork.Web.Pages.App.Admin;

public sealed class AuditModel(ReadAuditTrail trail) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "action")]
    public string? Action { get; set; }

    public ReadAuditTrail.Page Trail { get; private set; } = new([], 1, false);

    // From the query by name: a Razor page's own route value is also called "page" and would win.
    public async Task OnGetAsync([FromQuery(Name = "page")] int page = 1, CancellationToken cancellationToken = default) =>
        Trail = await trail.HandleAsync(User.ProgrammeOf() ?? Guid.Empty, page, Action, cancellationToken);

    public string PageLink(int page) =>
        string.IsNullOrEmpty(Action) ? $"/app/admin/audit?page={page}" : $"/app/admin/audit?page={page}&action={Uri.EscapeDataString(Action)}";
}
