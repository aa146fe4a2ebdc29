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
        ProgrammeName = (await programmes.HandleAsync(User.ProgrammeOf(), cancellationToken))?.Name;
        Needs = await directory.HandleAsync(cancellationToken: cancellationToken);
    }
}
