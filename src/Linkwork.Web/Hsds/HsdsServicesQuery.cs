using Linkwork.Data;
using Linkwork.Data.Search;
using Linkwork.Domain.Directory;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Hsds;

/// <summary>
/// The filters of the HSDS API's <c>/services</c>, all cumulative. Organisation and date filter in the database;
/// text and taxonomy go through the search index (so "search" gets stemming and synonyms too), up to its
/// result window of <see cref="SearchQuery.MaxResultWindow"/> matches.
/// </summary>
public sealed class HsdsServicesQuery(LinkworkDbContext db, HsdsSearchMatches matches)
{
    public sealed record Filters(string? Search, Guid? TaxonomyTermId, Guid? TaxonomyId, Guid? OrganisationId, DateTimeOffset? ModifiedAfter);

    public async Task<(List<Service> Page, int Total)> HandleAsync(Filters filters, int page, int perPage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filters);
        var services = Filtered(db.Services.AsNoTracking(), filters);
        if (await matches.FindAsync(new HsdsSearchMatches.Criteria(filters.Search, filters.TaxonomyTermId, filters.TaxonomyId), cancellationToken) is { } ids)
        {
            services = services.Where(s => ids.Contains(s.Id));
        }

        var total = await services.CountAsync(cancellationToken);
        var rows = await services.OrderBy(s => s.Id).Skip((page - 1) * perPage).Take(perPage).ToListAsync(cancellationToken);
        return (rows, total);
    }

    /// <summary>The filters the database answers: organization_id, and modified_after (on or after, as HSDS says).</summary>
    public static IQueryable<Service> Filtered(IQueryable<Service> services, Filters filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        if (filters.OrganisationId is { } organisationId)
        {
            services = services.Where(s => s.OrganisationId == organisationId);
        }

        if (filters.ModifiedAfter is { } after)
        {
            services = services.Where(s => s.LastModified >= after);
        }

        return services;
    }
}
