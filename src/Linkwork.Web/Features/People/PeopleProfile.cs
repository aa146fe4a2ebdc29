using Linkwork.Data;
using Linkwork.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.People;

/// <summary>Counts of the people a programme supports by deprivation decile and sex: aggregates, no one identifiable.</summary>
public sealed class PeopleProfile(LinkworkDbContext db)
{
    public sealed record DecileRow(int? Decile, int Female, int Male, int OtherOrUnknown)
    {
        public int Total => Female + Male + OtherOrUnknown;
    }

    public async Task<IReadOnlyList<DecileRow>> HandleAsync(Guid programmeId, CancellationToken cancellationToken = default)
    {
        var counts = await db.People.AsNoTracking()
            // A merged duplicate is the same person as the record it went into: count them once.
            .Where(p => p.ProgrammeId == programmeId && p.MergedIntoId == null)
            .GroupBy(p => new { p.DeprivationDecile, p.Sex })
            .Select(g => new { g.Key.DeprivationDecile, g.Key.Sex, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return counts
            .GroupBy(c => c.DeprivationDecile)
            .OrderBy(g => g.Key ?? int.MaxValue)
            .Select(g => new DecileRow(
                g.Key,
                g.Where(c => c.Sex == Sex.Female).Sum(c => c.Count),
                g.Where(c => c.Sex == Sex.Male).Sum(c => c.Count),
                g.Where(c => c.Sex is Sex.Other or Sex.Unknown).Sum(c => c.Count)))
            .ToList();
    }
}
