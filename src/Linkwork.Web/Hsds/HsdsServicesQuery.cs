using Linkwork.Data;
using Linkwork.Data.Search;
using Linkwork.Domain.Directory;
using Linkwork.Web.Features.Directory.Search;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Hsds;

/// <summary>
/// The filters of the HSDS API's <c>/services</c>, all cumulative. Organisation and date filter in the database;
/// text and taxonomy go through the search index (so "search" gets stemming and synonyms too), up to its
/// result window of <see cref="SearchQuery.MaxResultWindow"/> matches.
/// </summary>
public sealed class HsdsServicesQuery(LinkworkDbContext db, DirectorySearch search)
{
    public sealed record Filters(string? Search, Guid? TaxonomyTermId, Guid? TaxonomyId, Guid? OrganisationId, DateTimeOffset? ModifiedAfter);

    public async Task<(List<Service> Page, int Total)> HandleAsync(Filters filters, int page, int perPage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filters);
        var services = db.Services.AsNoTracking();
        if (filters.OrganisationId is { } organisationId)
        {
            services = services.Where(s => s.OrganisationId == organisationId);
        }

        if (filters.ModifiedAfter is { } after)
        {
            services = services.Where(s => s.LastModified > after);
        }

        if (filters.Search is not null || filters.TaxonomyTermId is not null || filters.TaxonomyId is not null)
        {
            var termIds = new List<Guid>();
            if (filters.TaxonomyTermId is { } termId)
            {
                termIds.Add(termId);
            }

            if (filters.TaxonomyId is { } taxonomyId)
            {
                termIds.AddRange(await db.TaxonomyTerms.Where(t => t.TaxonomyId == taxonomyId).Select(t => t.Id).ToListAsync(cancellationToken));
                if (termIds.Count == 0)
                {
                    return ([], 0);
                }
            }

            var matches = await search.SearchAsync(new SearchQuery
            {
                Text = filters.Search,
                TaxonomyTermIds = termIds,
                IncludeClosed = true,
                PageSize = SearchQuery.MaxPageSize,
            }, cancellationToken);
            var ids = await AllMatchesAsync(matches, filters, termIds, cancellationToken);
            services = services.Where(s => ids.Contains(s.Id));
        }

        var total = await services.CountAsync(cancellationToken);
        var rows = await services.OrderBy(s => s.Id).Skip((page - 1) * perPage).Take(perPage).ToListAsync(cancellationToken);
        return (rows, total);
    }

    private async Task<List<Guid>> AllMatchesAsync(SearchResults first, Filters filters, List<Guid> termIds, CancellationToken cancellationToken)
    {
        var ids = first.Hits.Select(h => h.ServiceId).ToList();
        var pages = Math.Min(first.Total, SearchQuery.MaxResultWindow);
        for (var page = 2; (page - 1) * SearchQuery.MaxPageSize < pages; page++)
        {
            var next = await search.SearchAsync(new SearchQuery
            {
                Text = filters.Search,
                TaxonomyTermIds = termIds,
                IncludeClosed = true,
                Page = page,
                PageSize = SearchQuery.MaxPageSize,
            }, cancellationToken);
            ids.AddRange(next.Hits.Select(h => h.ServiceId));
        }

        return ids;
    }
}
