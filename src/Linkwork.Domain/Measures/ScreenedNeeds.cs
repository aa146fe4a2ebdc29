using Linkwork.Domain.Coding;

namespace Linkwork.Domain.Measures;

/// <summary>
/// The needs an episode's screening currently shows. Each instrument's latest finished taking speaks for it, so a need
/// screened at baseline and not at follow-up is no longer listed; a need found by several instruments is listed once,
/// with the latest screen that found it.
/// </summary>
public static class ScreenedNeeds
{
    public sealed record Found(SdohCategory Category, string InstrumentId, DateTimeOffset At);

    public static IReadOnlyList<Found> From(IEnumerable<Administration> takings)
    {
        ArgumentNullException.ThrowIfNull(takings);
        return takings
            .Where(a => a is { State: AdministrationState.Completed, CompletedAt: not null })
            .GroupBy(a => a.InstrumentId, StringComparer.Ordinal)
            .Select(instrument => instrument.MaxBy(a => a.CompletedAt)!)
            .SelectMany(latest => latest.Needs.Select(need => new Found(need, latest.InstrumentId, latest.CompletedAt!.Value)))
            .GroupBy(found => found.Category)
            .Select(need => need.MaxBy(found => found.At)!)
            .OrderBy(found => found.Category)
            .ToList();
    }
}
