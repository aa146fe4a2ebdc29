using Linkwork.Domain.Common;
using Linkwork.Domain.Measures;
using Linkwork.Domain.Programmes;
using Xunit;

namespace Linkwork.Domain.Tests.Measures;

public sealed class MeasureScheduleTests
{
    private static Programme NewProgramme() =>
        Programme.Create(Guid.CreateVersion7(), "Test", "GB", "en-GB", RoleTitles.EnglandDefaults, 14, CodingProfile.UkSnomedCt, DateTimeOffset.UnixEpoch);

    [Fact]
    public void A_programme_that_sets_nothing_measures_wellbeing_and_loneliness_at_each_timepoint_and_can_go_back_to_that()
    {
        var programme = NewProgramme();
        Assert.Equal(MeasureSchedule.Default, programme.MeasureSchedule);
        Assert.All(Enum.GetValues<Timepoint>(), t => Assert.Contains(programme.MeasureSchedule, l => l.Timepoint == t));

        programme.UseMeasureSchedule([new("ons4", Timepoint.Baseline), new("ons4", Timepoint.FollowUp, 8)]);
        Assert.Equal(["ons4", "ons4"], programme.MeasureSchedule.Select(l => l.InstrumentId));
        programme.UseMeasureSchedule(null);
        Assert.Same(MeasureSchedule.Default, programme.MeasureSchedule);
    }

    [Theory]
    [InlineData("SWEMWBS", Timepoint.Baseline, null, "lower case")]
    [InlineData("swemwbs", Timepoint.FollowUp, null, "weeks after the plan")]
    [InlineData("swemwbs", Timepoint.FollowUp, 0, "weeks after the plan")]
    [InlineData("swemwbs", Timepoint.FollowUp, 105, "1 to 104")]
    [InlineData("swemwbs", Timepoint.Discharge, 4, "has no weeks")]
    [InlineData(" ", Timepoint.Baseline, null, "instrument")]
    public void A_line_that_breaks_a_rule_is_refused_and_the_schedule_is_unchanged(string instrument, Timepoint timepoint, int? weeks, string said)
    {
        var programme = NewProgramme();
        var refused = Assert.Throws<DomainRuleException>(() => programme.UseMeasureSchedule([new(instrument, timepoint, weeks)]));
        Assert.Contains(said, refused.Message, StringComparison.Ordinal);
        Assert.Same(MeasureSchedule.Default, programme.MeasureSchedule);
    }

    [Fact]
    public void The_edges_of_the_follow_up_weeks_are_allowed_and_a_line_twice_is_not()
    {
        Assert.Equal(2, MeasureSchedule.Checked([new("phq9", Timepoint.FollowUp, 1), new("phq9", Timepoint.FollowUp, 104)]).Count);
        var twice = Assert.Throws<DomainRuleException>(() => MeasureSchedule.Checked([new("phq9", Timepoint.FollowUp, 6), new("phq9", Timepoint.FollowUp, 6)]));
        Assert.Contains("phq9 at follow-up at 6 weeks twice", twice.Message, StringComparison.Ordinal);
        Assert.Throws<DomainRuleException>(() => MeasureSchedule.Checked(Enumerable.Range(1, MeasureSchedule.MaxLines + 1).Select(w => new ScheduledMeasure("gad7", Timepoint.FollowUp, w))));
    }
}
