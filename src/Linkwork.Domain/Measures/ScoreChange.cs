namespace Linkwork.Domain.Measures;

/// <summary>
/// How far a person's score moved on one instrument, from their first finished taking (the baseline) to their latest,
/// and whether that is at least the instrument's sourced meaningful change. Whether up is better depends on the
/// instrument (wellbeing rises, loneliness falls), so the change is given as signed points and the reader names it.
/// </summary>
public sealed record ScoreChange(decimal Baseline, decimal Latest, decimal Points, bool? Meaningful)
{
    /// <summary>The change across <paramref name="scoresInOrder"/> (oldest first); null until there are two scores to compare.</summary>
    public static ScoreChange? Across(IReadOnlyList<decimal> scoresInOrder, MeaningfulChange? threshold)
    {
        ArgumentNullException.ThrowIfNull(scoresInOrder);
        if (scoresInOrder.Count < 2)
        {
            return null;
        }

        var (baseline, latest) = (scoresInOrder[0], scoresInOrder[^1]);
        var points = latest - baseline;
        return new ScoreChange(baseline, latest, points, threshold is null ? null : Math.Abs(points) >= threshold.Points);
    }
}
