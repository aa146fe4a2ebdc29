using Linkwork.Domain.Coding;
using Linkwork.Domain.Pathway;

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

    /// <summary>
    /// The needs that count for the episode's plan and the services suggested for it: the conversation's once it is
    /// recorded (the link worker has then weighed the screening with the person), the screening's before that.
    /// </summary>
    public static IReadOnlyList<SdohCategory> ThatCount(WhatMatters? conversation, IEnumerable<SdohCategory> screened)
    {
        ArgumentNullException.ThrowIfNull(screened);
        return conversation is not null ? [.. conversation.Needs.Select(n => n.Category).Distinct()] : [.. screened.Distinct()];
    }
}
