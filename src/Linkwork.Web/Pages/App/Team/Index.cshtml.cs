using Linkwork.Web.Features.Directory;
using Linkwork.Web.Features.Pathway.WorkLists;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwork.Web.Pages.App.Team;

/// <summary>The supervisor's view across the team; the use case refuses (403) anyone who is not a supervisor.</summary>
public sealed class TeamModel(TeamOverview overview, DirectoryTimeZone timeZone) : PageModel
{
    public TeamOverview.Overview Team { get; private set; } = null!;
    public TimeZoneInfo Zone => timeZone.Zone;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Team = await overview.HandleAsync(User, cancellationToken);
}
