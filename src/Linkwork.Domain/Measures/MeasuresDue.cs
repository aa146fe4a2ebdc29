namespace Linkwork.Domain.Measures;

/// <summary>
/// When each of the schedule's measures falls due in an episode: the baseline from the day assessment began, a
/// follow-up that many weeks after the plan was agreed, the discharge measure from the day of discharge. Worked out
/// from the episode's own dates rather than stored, so a schedule changed later applies to every open episode at once.
/// </summary>
public static class MeasuresDue
{
    public sealed record EpisodeDates(DateOnly? AssessmentBegan, DateOnly? PlanAgreed, DateOnly? Discharged);

    public sealed record Due(ScheduledMeasure Measure, DateOnly DueOn);

    /// <summary>The day <paramref name="measure"/> falls due, or null while the episode has not reached its moment.</summary>
    public static DateOnly? DueOn(ScheduledMeasure measure, EpisodeDates dates)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(dates);
        return measure.Timepoint switch
        {
            Timepoint.Baseline => dates.AssessmentBegan,
            Timepoint.FollowUp => dates.PlanAgreed?.AddDays(7 * (measure.WeeksAfterPlan ?? 0)),
            _ => dates.Discharged,
        };
    }

    /// <summary>The measures the episode has reached and not yet dealt with, soonest first.</summary>
    /// <param name="schedule">The programme's schedule.</param>
    /// <param name="dates">When the episode reached each timepoint's moment, where it has.</param>
    /// <param name="dealtWith">Measures already started, finished or called off in this episode.</param>
    public static IReadOnlyList<Due> For(IReadOnlyList<ScheduledMeasure> schedule, EpisodeDates dates, IEnumerable<ScheduledMeasure> dealtWith)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var taken = dealtWith.ToHashSet();
        return schedule
            .Where(line => !taken.Contains(line))
            .Select(line => (line, on: DueOn(line, dates)))
            .Where(x => x.on is not null)
            .Select(x => new Due(x.line, x.on!.Value))
            .OrderBy(d => d.DueOn).ThenBy(d => d.Measure.InstrumentId, StringComparer.Ordinal)
            .ToList();
    }
}
