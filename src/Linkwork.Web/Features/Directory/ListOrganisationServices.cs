using Linkwork.Data;
using Linkwork.Domain.Directory;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Directory;

/// <summary>One organisation's services, by name, a page at a time.</summary>
public sealed class ListOrganisationServices(LinkworkDbContext db)
{
    public const int PageSize = 50;

    public sealed record Row(Guid Id, string Name, NeedCategory? Need, ReferralMode ReferralMode, ServiceStatus Status, int? MinimumAge, int? MaximumAge, ServiceCapacity? Capacity);

    public async Task<IReadOnlyList<Row>> HandleAsync(Guid organisationId, int page = 1, CancellationToken cancellationToken = default) =>
        await db.Services.AsNoTracking()
            .Where(s => s.OrganisationId == organisationId)
            .OrderBy(s => s.Details.Name).ThenBy(s => s.Id)
            .Skip((Math.Max(page, 1) - 1) * PageSize).Take(PageSize)
            .Select(s => new { s.Id, s.Details, s.Capacity })
            .AsAsyncEnumerable()
            .Select(s => new Row(s.Id, s.Details.Name, s.Details.Need, s.Details.ReferralMode, s.Details.Status, s.Details.MinimumAge, s.Details.MaximumAge, s.Capacity))
            .ToListAsync(cancellationToken);
}
