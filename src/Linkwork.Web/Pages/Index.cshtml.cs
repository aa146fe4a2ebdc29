using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Directory;
using Linkwork.Web.Features.Programmes;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwork.Web.Pages;

public sealed class IndexModel(GetProgramme programmes, DirectoryOverview directory) : PageModel
{
    public string? ProgrammeName { get; private set; }
    public IReadOnlyList<DirectoryOverview.NeedCount> Needs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var programme = await programmes.HandleAsync(User.ProgrammeOf(), cancellationToken);
        ProgrammeName = programme?.Name;
        Needs = programme is null ? [] : await directory.HandleAsync(programme.Id, cancellationToken);
    }
}
