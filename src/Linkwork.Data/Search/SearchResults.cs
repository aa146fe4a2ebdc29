namespace Linkwork.Data.Search;

/// <summary>A page of search results.</summary>
/// <param name="Total">How many services matched in all.</param>
/// <param name="Page">The 1-based page returned.</param>
/// <param name="PageSize">The page size used (after limiting to <see cref="SearchQuery.MaxPageSize"/>).</param>
/// <param name="Hits">The page, best first.</param>
/// <param name="Facets">Counts over all <paramref name="Total"/> matches.</param>
public sealed record SearchResults(int Total, int Page, int PageSize, IReadOnlyList<SearchHit> Hits, SearchFacets Facets);
