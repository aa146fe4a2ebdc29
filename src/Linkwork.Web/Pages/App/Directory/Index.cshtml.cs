using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Directory.Curation;
using Linkwork.Web.Features.Directory.Search;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwork.Web.Pages.App.Directory;

/// <summary>The curators' start: what waits for review, and finders for services and organisations to edit.</summary>
public sealed class CurationModel(ListChangeRequests requests, SearchDirectory search, FindOrganisationsByName organisations) : PageModel
{
    public int PendingRequests { get; private set; }
    public string? Q { get; private set; }
    public SearchDirectory.Result? Services { get; private set; }
    public IReadOnlyList<FindOrganisationsByName.Row> Organisations { get; private set; } = [];

    public async Task OnGetAsync(string? q, CancellationToken cancellationToken)
    {
        var programmeId = User.ProgrammeOf() ?? Guid.Empty;
        PendingRequests = (await requests.HandleAsync(programmeId, 1, cancellationToken)).Total;
        Q = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        if (Q is null)
        {
            return;
        }

        // Curators look for temporarily closed and full services too.
        (Services, _) = await search.HandleAsync(new SearchRequest { Q = Q, IncludeClosed = true, PageSize = 25 }, cancellationToken);
        Organisations = await organisations.HandleAsync(programmeId, Q, cancellationToken);
    }
}
