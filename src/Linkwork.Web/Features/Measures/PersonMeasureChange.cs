using Linkwork.Data;
using Linkwork.Domain.Measures;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Measures;

/// <summary>
/// A person's finished questionnaires over time, per instrument: each score with its day and timepoint, and the change
/// from the first to the latest against the instrument's meaningful-change threshold. The caller has already read the
/// person through the People module, which checks access and audits the read.
/// </summary>
public sealed class PersonMeasureChange(LinkworkDbContext db, InstrumentCatalogue instruments)
{
    public sealed record Point(DateTimeOffset At, Timepoint Timepoint, decimal Score, string? Band);

    public sealed record InstrumentChange(string Instrument, string Title, IReadOnlyList<Point> Scores, ScoreChange? Change, MeaningfulChange? Threshold);

    public async Task<IReadOnlyList<InstrumentChange>> ForAsync(Guid programmeId, Guid personId, CancellationToken cancellationToken)
    {
        var finished = await db.MeasureAdministrations.AsNoTracking()
            .Where(a => a.PersonId == personId && a.State == AdministrationState.Completed && a.Score != null)
            .OrderBy(a => a.InstrumentId).ThenBy(a => a.CompletedAt)
            .Select(a => new { a.InstrumentId, a.CompletedAt, a.Timepoint, a.Score, a.Band })
            .ToListAsync(cancellationToken);
        var changes = new List<InstrumentChange>();
        foreach (var taken in finished.GroupBy(a => a.InstrumentId, StringComparer.Ordinal))
        {
            var instrument = await instruments.FindAsync(programmeId, taken.Key, cancellationToken);
            var threshold = instrument?.Parts.FirstOrDefault(p => p.Id == instrument.PrimaryPart)?.MeaningfulChange;
            var scores = taken.Select(a => new Point(a.CompletedAt!.Value, a.Timepoint, a.Score!.Value, a.Band)).ToList();
            changes.Add(new InstrumentChange(taken.Key, instrument?.Title ?? taken.Key, scores, ScoreChange.Across([.. scores.Select(s => s.Score)], threshold), threshold));
        }

        return changes;
    }
}
