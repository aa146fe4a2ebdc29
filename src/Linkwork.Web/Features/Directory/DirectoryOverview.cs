using Linkwork.Data.Search;
using Linkwork.Domain.Directory;
using Linkwork.Web.Features.Directory.Search;

namespace Linkwork.Web.Features.Directory;

/// <summary>
/// How many services the directory can show for each need, and how many of them take referrals: the need facets of
/// two searches with no other filter. The search index counts a million services in milliseconds and is current
/// with every save, so nothing needs caching.
/// </summary>
public sealed class DirectoryOverview(DirectorySearch search)
{
    public sealed record NeedCount(NeedCategory Need, int Services, int AcceptingReferrals);

    public async Task<IReadOnlyList<NeedCount>> HandleAsync(CancellationToken cancellationToken = default)
    {
        var all = await search.SearchAsync(new SearchQuery { PageSize = 1 }, cancellationToken);
        var referrals = await search.SearchAsync(new SearchQuery { PageSize = 1, ReferralsOnly = true }, cancellationToken);
        return [.. all.Facets.ByNeed.Where(n => n.Value > 0).OrderBy(n => n.Key)
            .Select(n => new NeedCount(n.Key, n.Value, referrals.Facets.ByNeed.GetValueOrDefault(n.Key)))];
    }
}
