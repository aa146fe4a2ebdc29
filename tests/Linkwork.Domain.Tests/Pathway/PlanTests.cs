using Linkwork.Domain.Coding;
using Linkwork.Domain.Common;
using Linkwork.Domain.Pathway;
using Linkwork.Domain.Programmes;
using Linkwork.Tests;
using Xunit;
using static Linkwork.Domain.Tests.Pathway.PathwayFixtures;

namespace Linkwork.Domain.Tests.Pathway;

public sealed class PlanTests
{
    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(10, true)]
    [InlineData(11, false)]
    public void Goal_progress_is_scored_from_0_to_10(int score, bool accepted)
    {
        var goal = Goal.Set(Guid.CreateVersion7(), Assessing(), "Join a walking group", SdohCategory.SocialConnection, null, LinkWorker, Now);
        if (accepted)
        {
            goal.RecordProgress(score, null, LinkWorker, Now);
            Assert.Equal(score, goal.Latest!.Score);
            Assert.Equal(2, goal.Version);
        }
        else
        {
            Assert.Throws<DomainRuleException>(() => goal.RecordProgress(score, null, LinkWorker, Now));
            Assert.Empty(goal.Progress);
        }
    }

    [Fact]
    public void Progress_is_scored_only_in_the_goals_own_episode_while_it_is_open()
    {
        var episode = Assessing();
        var goal = Goal.Set(Guid.CreateVersion7(), episode, "Join a walking group", SdohCategory.SocialConnection, null, LinkWorker, Now);

        Assert.Throws<DomainRuleException>(() => goal.RecordProgressIn(Assessing(), 5, null, LinkWorker, Now));
        goal.RecordProgressIn(episode, 5, null, LinkWorker, Now);
        episode.Discharge(DischargeReason.Disengaged, null, LinkWorker, Now);
        var closed = Assert.Throws<DomainRuleException>(() => goal.RecordProgressIn(episode, 6, null, LinkWorker, Now));

        Assert.Contains("open", closed.Message, StringComparison.Ordinal);
        Assert.Equal(5, Assert.Single(goal.Progress).Score);
    }

    [Fact]
    public void Goals_are_set_during_assessment_or_an_active_plan_with_a_target_not_in_the_past()
    {
        Assert.Throws<DomainRuleException>(() => Goal.Set(Guid.CreateVersion7(), Received(), "Goal", SdohCategory.Stress, null, LinkWorker, Now));
        Assert.Throws<DomainRuleException>(() => Goal.Set(Guid.CreateVersion7(), Assessing(), "Goal", SdohCategory.Stress, DateOnly.FromDateTime(Now.UtcDateTime).AddDays(-1), LinkWorker, Now));
        var goal = Goal.Set(Guid.CreateVersion7(), Assessing(), "Goal", SdohCategory.Stress, DateOnly.FromDateTime(Now.UtcDateTime), LinkWorker, Now);
        Assert.Equal(SdohCategory.Stress, goal.Category);
    }

    [Fact]
    public void Attendance_is_recorded_once_the_appointment_has_started_except_a_cancellation()
    {
        var appointment = Appointment.Book(Guid.CreateVersion7(), Assessing(), Now.AddDays(1), AppointmentMode.Home, null, LinkWorker);
        Assert.Throws<DomainRuleException>(() => appointment.RecordAttendance(Attendance.Attended, null, Now));
        appointment.RecordAttendance(Attendance.Cancelled, "Unwell", Now);
        Assert.Equal(Attendance.Cancelled, appointment.Attendance);
        appointment.RecordAttendance(Attendance.DidNotAttend, null, Now.AddDays(1));
        Assert.Equal(Attendance.DidNotAttend, appointment.Attendance);
    }

    [Theory]
    [InlineData(CodingProfile.UkSnomedCt, EpisodeState.Accepted, "871731000000106")]
    [InlineData(CodingProfile.UkSnomedCt, EpisodeState.Declined, "871711000000103")]
    [InlineData(CodingProfile.UkSnomedCt, EpisodeState.Discharged, null)]
    [InlineData(CodingProfile.UsGravityIcd10, EpisodeState.Accepted, null)]
    public void The_message_back_carries_the_programmes_code(CodingProfile profile, EpisodeState outcome, string? code)
    {
        var programme = Programme.Create(Guid.CreateVersion7(), "Rotherham Social Prescribing", "GB", "en-GB", RoleTitles.EnglandDefaults, 14, profile, Now);
        var episode = Received();
        switch (outcome)
        {
            case EpisodeState.Accepted: episode.Accept(LinkWorker, Now); break;
            case EpisodeState.Declined: episode.Decline("Not for me", LinkWorker, Now); break;
            default:
                episode.Accept(LinkWorker, Now);
                episode.Discharge(DischargeReason.MovedAway, null, LinkWorker, Now);
                break;
        }

        var message = MessageToReferrer.Compose(Guid.CreateVersion7(), episode, programme, "Ada Lovelace", Now);

        Assert.Equal(code, message.Code);
        Assert.Equal(code is null ? null : "http://snomed.info/sct", message.CodeSystem);
        Assert.Contains("Ada Lovelace", message.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Ada", message.Subject, StringComparison.Ordinal);
        if (code is not null)
        {
            Assert.Contains(code, message.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void No_message_back_is_composed_while_the_episode_is_undecided() =>
        Assert.Throws<DomainRuleException>(() => MessageToReferrer.Compose(Guid.CreateVersion7(), Received(), Programme.Create(
            Guid.CreateVersion7(), "P", "GB", "en-GB", RoleTitles.EnglandDefaults, 14, CodingProfile.UkSnomedCt, Now), "A B", Now));

    [Fact]
    public void The_SDOH_categories_are_exactly_the_IGs_category_value_set()
    {
        var rows = File.ReadAllLines(Path.Combine(RepositoryPaths.Standards, "fhir-sdoh-clinicalcare", "v2.3.0", "SDOHCC-CodeSystemTemporaryCodes.csv"))
            .Skip(1).Select(line => line.Split(',')).Where(cells => cells[^1].Trim() == "Y")
            .Select(cells => cells[1]).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(rows, Enum.GetValues<SdohCategory>().Select(c => c.Code()).Order(StringComparer.Ordinal));
        Assert.True(SdohCategories.TryParseCode("food-insecurity", out var food));
        Assert.Equal(SdohCategory.FoodInsecurity, food);
        Assert.False(SdohCategories.TryParseCode("hunger", out _));
    }
}
