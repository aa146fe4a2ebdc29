using Linkwork.Data;
using Linkwork.Domain.Directory;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Directory;

/// <summary>How many services the directory holds for each need, and how many of them take referrals.</summary>
public sealed class DirectoryOverview(LinkworkDbContext db)
{
    public sealed record NeedCount(NeedCategory Need, int Services, int AcceptingReferrals);

    public async Task<IReadOnlyList<NeedCount>> HandleAsync(Guid? organisationId = null, CancellationToken cancellationToken = default)
    {
        var services = db.Services.AsNoTracking();
        if (organisationId is { } id)
        {
            services = services.Where(s => s.OrganisationId == id);
        }

        var counts = await services
            .GroupBy(s => s.Need)
            .Select(g => new NeedCount(g.Key, g.Count(), g.Count(s => s.AcceptsReferrals)))
            .ToListAsync(cancellationToken);
        return counts.OrderBy(c => c.Need).ToList();
    }
}
