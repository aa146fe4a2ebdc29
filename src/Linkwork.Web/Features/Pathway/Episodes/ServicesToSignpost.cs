using Linkwork.Web.Features.Directory.Search;

namespace Linkwork.Web.Features.Pathway.Episodes;

/// <summary>The directory's running services matching the words typed, whether or not they take referrals: anyone can be told about them.</summary>
public sealed class ServicesToSignpost(SearchDirectory search)
{
    public const int Limit = 10;

    public async Task<IReadOnlyList<SearchDirectory.Hit>> HandleAsync(string text, CancellationToken cancellationToken)
    {
        var (result, _) = await search.HandleAsync(new SearchRequest { Q = text, PageSize = Limit }, cancellationToken);
        return result?.Results ?? [];
    }
}
