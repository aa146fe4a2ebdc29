using Linkwork.Data;
using Linkwork.Data.Search;
using Linkwork.Web.Features.Directory.Search;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Hsds;

/// <summary>
/// The services the search index finds for the HSDS filters it answers: search text (with stemming and synonyms),
/// taxonomy_term_id, taxonomy_id and a point with a radius, all cumulative. The index finds listed services only
/// and returns at most <see cref="SearchQuery.MaxResultWindow"/> of them, the best (or, with a point, the nearest).
/// </summary>
public sealed class HsdsSearchMatches(LinkworkDbContext db, DirectorySearch search)
{
    public sealed record Criteria(string? Search, Guid? TaxonomyTermId, Guid? TaxonomyId, double? Latitude = null, double? Longitude = null, double? RadiusKm = null)
    {
        public bool Any => Search is not null || TaxonomyTermId is not null || TaxonomyId is not null || RadiusKm is not null;
    }

    /// <summary>The matching services' ids in the index's order; null when no criterion is given (then every service qualifies).</summary>
    public async Task<IReadOnlyList<Guid>?> FindAsync(Criteria criteria, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        if (!criteria.Any)
        {
            return null;
        }

        List<Guid>? taxonomyTerms = null;
        if (criteria.TaxonomyId is { } taxonomyId)
        {
            taxonomyTerms = await db.TaxonomyTerms.Where(t => t.TaxonomyId == taxonomyId).Select(t => t.Id).ToListAsync(cancellationToken);
            if (taxonomyTerms.Count == 0)
            {
                return [];
            }
        }

        // The index takes one any-of list of terms. With both a term and a taxonomy, a service needs the term and
        // some term of the taxonomy: the term goes to the main query and the taxonomy is a second one to meet.
        var query = new SearchQuery
        {
            Text = criteria.Search,
            TaxonomyTermIds = criteria.TaxonomyTermId is { } termId ? [termId] : taxonomyTerms ?? [],
            Latitude = criteria.Latitude,
            Longitude = criteria.Longitude,
            RadiusKm = criteria.RadiusKm,
            IncludeClosed = true,
            PageSize = SearchQuery.MaxPageSize,
        };
        var found = await AllAsync(query, cancellationToken);
        if (criteria.TaxonomyTermId is not null && taxonomyTerms is not null)
        {
            var inTaxonomy = (await AllAsync(new SearchQuery { TaxonomyTermIds = taxonomyTerms, IncludeClosed = true, PageSize = SearchQuery.MaxPageSize }, cancellationToken)).ToHashSet();
            found.RemoveAll(id => !inTaxonomy.Contains(id));
        }

        return found;
    }

    private async Task<List<Guid>> AllAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var ids = new List<Guid>();
        for (var page = 1; ; page++)
        {
            var results = await search.SearchAsync(query with { Page = page }, cancellationToken);
            ids.AddRange(results.Hits.Select(h => h.ServiceId));
            if (results.Hits.Count < results.PageSize || ids.Count >= Math.Min(results.Total, SearchQuery.MaxResultWindow))
            {
                return ids;
            }
        }
    }
}
