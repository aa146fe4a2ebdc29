namespace Linkwork.Domain.Measures;

/// <summary>
/// Which of the schedule's measures an episode has reached and not yet dealt with, and from when: the baseline from
/// the day assessment began, a follow-up that many weeks after the plan was agreed, the discharge measure from the day
/// of discharge. Worked out from the episode's own dates rather than stored, so a schedule changed later applies to
/// every open episode at once.
/// </summary>
public static class MeasuresDue
{
    public sealed record EpisodeDates(DateOnly? AssessmentBegan, DateOnly? PlanAgreed, DateOnly? Discharged);

    public sealed record Due(ScheduledMeasure Measure, DateOnly DueOn);

    /// <param name="schedule">The programme's schedule.</param>
    /// <param name="dates">When the episode reached each timepoint's moment, where it has.</param>
    /// <param name="dealtWith">Measures already started, finished or called off in this episode.</param>
    public static IReadOnlyList<Due> For(IReadOnlyList<ScheduledMeasure> schedule, EpisodeDates dates, IEnumerable<ScheduledMeasure> dealtWith)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(dates);
        var taken = dealtWith.ToHashSet();
        return schedule
            .Where(line => !taken.Contains(line))
            .Select(line => (line, on: line.Timepoint switch
            {
                Timepoint.Baseline => dates.AssessmentBegan,
                Timepoint.FollowUp => dates.PlanAgreed?.AddDays(7 * (line.WeeksAfterPlan ?? 0)),
                _ => dates.Discharged,
            }))
            .Where(x => x.on is not null)
            .Select(x => new Due(x.line, x.on!.Value))
            .OrderBy(d => d.DueOn).ThenBy(d => d.Measure.InstrumentId, StringComparer.Ordinal)
            .ToList();
    }
}
