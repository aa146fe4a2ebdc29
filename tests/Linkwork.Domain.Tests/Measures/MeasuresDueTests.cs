using Linkwork.Domain.Measures;
using Xunit;
using static Linkwork.Domain.Measures.MeasuresDue;

namespace Linkwork.Domain.Tests.Measures;

public sealed class MeasuresDueTests
{
    private static readonly DateOnly Assessed = new(2026, 9, 1);
    private static readonly DateOnly Agreed = new(2026, 9, 15);
    private static readonly DateOnly Discharged = new(2026, 12, 20);

    private static readonly ScheduledMeasure Baseline = new("swemwbs", Timepoint.Baseline);
    private static readonly ScheduledMeasure SixWeeks = new("swemwbs", Timepoint.FollowUp, 6);
    private static readonly ScheduledMeasure TwelveWeeks = new("ucla3", Timepoint.FollowUp, 12);
    private static readonly ScheduledMeasure AtDischarge = new("swemwbs", Timepoint.Discharge);
    private static readonly ScheduledMeasure[] Schedule = [AtDischarge, TwelveWeeks, SixWeeks, Baseline];

    [Fact]
    public void Nothing_is_due_before_assessment_begins()
    {
        Assert.Empty(For(Schedule, new EpisodeDates(null, null, null), []));
    }

    [Fact]
    public void Each_timepoint_falls_due_from_its_moment_in_the_episode_in_date_order()
    {
        var due = For(Schedule, new EpisodeDates(Assessed, Agreed, Discharged), []);

        Assert.Equal(
            [new Due(Baseline, Assessed), new Due(SixWeeks, Agreed.AddDays(42)), new Due(TwelveWeeks, Agreed.AddDays(84)), new Due(AtDischarge, Discharged)],
            due);
    }

    [Fact]
    public void Follow_ups_wait_for_the_plan_and_the_discharge_measure_for_discharge()
    {
        Assert.Equal([Baseline], For(Schedule, new EpisodeDates(Assessed, null, null), []).Select(d => d.Measure));
        Assert.DoesNotContain(For(Schedule, new EpisodeDates(Assessed, Agreed, null), []), d => d.Measure == AtDischarge);
    }

    [Fact]
    public void A_measure_already_started_finished_or_called_off_is_no_longer_due()
    {
        var due = For(Schedule, new EpisodeDates(Assessed, Agreed, null), [new("swemwbs", Timepoint.Baseline), new("swemwbs", Timepoint.FollowUp, 6)]);

        Assert.Equal([TwelveWeeks], due.Select(d => d.Measure));
    }
}
