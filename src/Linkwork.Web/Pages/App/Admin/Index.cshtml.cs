using Linkwork.Web.Features.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwork.Web.Pages.App.Admin;

public sealed class AdminModel(ListTeam team, ListApiClients clients, RevokeApiClient revoke, TimeProvider clock) : PageModel
{
    public IReadOnlyList<ListTeam.Member> Accounts { get; private set; } = [];
    public IReadOnlyList<ListApiClients.Row> Clients { get; private set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Accounts = await team.HandleAsync(User.ProgrammeOf() ?? Guid.Empty, role: null, clock.GetUtcNow(), cancellationToken);
        Clients = await clients.HandleAsync(User.ProgrammeOf() ?? Guid.Empty, cancellationToken);
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        var client = await revoke.HandleAsync(id, cancellationToken);
        StatusMessage = $"Revoked the API client '{client.Name}'.";
        return RedirectToPage();
    }
}
