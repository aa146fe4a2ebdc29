using Linkwork.Data;
using Linkwork.Domain.Directory;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Directory;

/// <summary>How many services a programme's directory holds for each need, and how many of them take referrals.</summary>
public sealed class DirectoryOverview(LinkworkDbContext db)
{
    public sealed record NeedCount(NeedCategory Need, int Services, int AcceptingReferrals);

    public async Task<IReadOnlyList<NeedCount>> HandleAsync(Guid programmeId, CancellationToken cancellationToken = default)
    {
        var counts = await (
                from service in db.Services.AsNoTracking()
                join organisation in db.Organisations on service.OrganisationId equals organisation.Id
                where organisation.ProgrammeId == programmeId
                group service by service.Need into need
                select new NeedCount(need.Key, need.Count(), need.Count(s => s.AcceptsReferrals)))
            .ToListAsync(cancellationToken);
        return counts.OrderBy(c => c.Need).ToList();
    }
}
