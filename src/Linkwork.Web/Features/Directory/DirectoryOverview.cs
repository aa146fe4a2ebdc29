using Linkwork.Data;
using Linkwork.Domain.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Linkwork.Web.Features.Directory;

/// <summary>
/// How many services a programme's directory holds for each need, and how many of them take referrals.
/// Counting a million services takes seconds, and the public home page shows these figures on every visit,
/// so they are kept for a minute: a summary may lag a change by that long (search never does).
/// </summary>
public sealed class DirectoryOverview(LinkworkDbContext db, IMemoryCache cache)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromMinutes(1);

    public sealed record NeedCount(NeedCategory Need, int Services, int AcceptingReferrals);

    public async Task<IReadOnlyList<NeedCount>> HandleAsync(Guid programmeId, CancellationToken cancellationToken = default) =>
        (await cache.GetOrCreateAsync((nameof(DirectoryOverview), programmeId), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Freshness;
            return CountAsync(programmeId, cancellationToken);
        }))!;

    private async Task<IReadOnlyList<NeedCount>> CountAsync(Guid programmeId, CancellationToken cancellationToken)
    {
        var counts = await (
                from service in db.Services.AsNoTracking()
                join organisation in db.Organisations on service.OrganisationId equals organisation.Id
                where organisation.ProgrammeId == programmeId && service.Details.Need != null && service.Details.Status == ServiceStatus.Active
                group service by service.Details.Need into need
                select new NeedCount(need.Key!.Value, need.Count(), need.Count(s => s.Details.ReferralMode == ReferralMode.AcceptsReferrals)))
            .ToListAsync(cancellationToken);
        return counts.OrderBy(c => c.Need).ToList();
    }
}
