using Linkwork.Domain.Common;

namespace Linkwork.Domain.Measures;

/// <summary>Which instruments a programme measures with, and when.</summary>
public static class MeasureSchedule
{
    /// <summary>
    /// A programme that sets nothing measures wellbeing (SWEMWBS) and loneliness (UCLA 3-item) at assessment,
    /// twelve weeks into the plan and at discharge: the outcome measures most used by social prescribing services in
    /// England, and a common length for a period of link work support.
    /// </summary>
    public static IReadOnlyList<ScheduledMeasure> Default { get; } =
    [
        new("swemwbs", Timepoint.Baseline), new("ucla3", Timepoint.Baseline),
        new("swemwbs", Timepoint.FollowUp, 12), new("ucla3", Timepoint.FollowUp, 12),
        new("swemwbs", Timepoint.Discharge), new("ucla3", Timepoint.Discharge),
    ];

    public const int MaxLines = 50;

    /// <summary>A schedule whose every line is valid, with no line twice.</summary>
    public static IReadOnlyList<ScheduledMeasure> Checked(IEnumerable<ScheduledMeasure> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var checkedLines = lines.Select(l => (l ?? throw new DomainRuleException("A schedule line is missing.")).Checked()).ToList();
        if (checkedLines.Count > MaxLines)
        {
            throw new DomainRuleException($"A measures schedule has at most {MaxLines} lines; {checkedLines.Count} were given.");
        }

        if (checkedLines.GroupBy(l => l).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new DomainRuleException($"The schedule names {twice.Key.InstrumentId} at {Describe(twice.Key)} twice.");
        }

        return checkedLines;
    }

    public static string Describe(ScheduledMeasure line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Timepoint == Timepoint.FollowUp ? $"follow-up at {line.WeeksAfterPlan} weeks" : line.Timepoint.ToString().ToLowerInvariant();
    }
}
