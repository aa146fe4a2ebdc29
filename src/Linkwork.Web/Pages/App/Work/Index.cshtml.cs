using Linkwork.Web.Features.Directory;
using Linkwork.Web.Features.Pathway.WorkLists;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwork.Web.Pages.App.Work;

/// <summary>The link worker's day on one page; anyone outside the programme team is refused (403) by the use case.</summary>
public sealed class WorkListModel(MyWorkList work, DirectoryTimeZone timeZone) : PageModel
{
    public MyWorkList.WorkList Work { get; private set; } = null!;
    public TimeZoneInfo Zone => timeZone.Zone;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Work = await work.HandleAsync(User, cancellationToken);
}
