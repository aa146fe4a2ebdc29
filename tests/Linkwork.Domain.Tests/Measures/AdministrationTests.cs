using Linkwork.Domain.Coding;
using Linkwork.Domain.Common;
using Linkwork.Domain.Measures;
using Linkwork.Domain.Pathway;
using Xunit;
using static Linkwork.Domain.Tests.Pathway.PathwayFixtures;

namespace Linkwork.Domain.Tests.Measures;

public sealed class AdministrationTests
{
    private static readonly ScheduledMeasure Baseline = new("ucla3", Timepoint.Baseline);

    [Fact]
    public void Answers_saved_part_way_are_kept_and_the_score_is_recorded_on_completion()
    {
        var episode = Assessing();
        var taking = Administration.Start(Guid.CreateVersion7(), episode, Baseline, LinkWorker, Now);
        Assert.Equal((AdministrationState.InProgress, 1, episode.PersonId), (taking.State, taking.Version, taking.PersonId));

        taking.SaveAnswers(["2", null, " "], Now.AddMinutes(2));
        Assert.Equal(["2", null, null], taking.Answers);
        Assert.Null(taking.Score);

        taking.Complete(["2", "3", "1"], 6, "Not lonely", positive: false, [], Now.AddMinutes(5));
        Assert.Equal((AdministrationState.Completed, 6m, "Not lonely", false, 3), (taking.State, taking.Score, taking.Band, taking.Positive, taking.Version));
        Assert.Equal(Now.AddMinutes(5), taking.CompletedAt);
        Assert.Equal(Baseline, taking.Measure);
    }

    [Fact]
    public void A_finished_or_called_off_questionnaire_cannot_change()
    {
        var done = Administration.Start(Guid.CreateVersion7(), Assessing(), Baseline, LinkWorker, Now);
        done.Complete(["1", "1", "1"], 3, null, false, [], Now);
        Assert.Throws<DomainRuleException>(() => done.SaveAnswers(["3", "3", "3"], Now));
        Assert.Throws<IllegalTransitionException>(() => done.Cancel(Now));

        var cancelled = Administration.Start(Guid.CreateVersion7(), Assessing(), Baseline, LinkWorker, Now);
        cancelled.Cancel(Now);
        Assert.Throws<IllegalTransitionException>(() => cancelled.Complete(["1", "1", "1"], 3, null, false, [], Now));
    }

    [Fact]
    public void Too_many_answers_or_an_overlong_answer_is_refused()
    {
        var taking = Administration.Start(Guid.CreateVersion7(), Assessing(), Baseline, LinkWorker, Now);
        Assert.Throws<DomainRuleException>(() => taking.SaveAnswers(Enumerable.Repeat<string?>("1", Administration.MaxItems + 1).ToList(), Now));
        var overlong = Assert.Throws<DomainRuleException>(() => taking.SaveAnswers(["1", new string('x', Administration.AnswerMaxLength + 1)], Now));
        Assert.Contains("item 2", overlong.Message, StringComparison.Ordinal);
        Assert.Equal(1, taking.Version);
    }

    [Fact]
    public void A_closed_episode_takes_only_its_discharge_measure()
    {
        var discharged = Assessing();
        discharged.Discharge(DischargeReason.GoalsMet, null, LinkWorker, Now);

        Assert.Throws<DomainRuleException>(() => Administration.Start(Guid.CreateVersion7(), discharged, Baseline, LinkWorker, Now));
        Assert.Equal(Timepoint.Discharge, Administration.Start(Guid.CreateVersion7(), discharged, new("ucla3", Timepoint.Discharge), null, Now).Timepoint);
    }

    [Fact]
    public void The_persons_link_opens_it_until_it_expires_or_is_finished()
    {
        var taking = Administration.Start(Guid.CreateVersion7(), Assessing(), Baseline, LinkWorker, Now);
        Assert.False(taking.LinkOpensAt(Now));
        Assert.Throws<DomainRuleException>(() => taking.IssueLink("hash", Now, Now));

        taking.IssueLink("hash", Now.AddDays(7), Now);
        Assert.True(taking.LinkOpensAt(Now.AddDays(7).AddTicks(-1)));
        Assert.False(taking.LinkOpensAt(Now.AddDays(7)));

        taking.Complete(["1", "3", "3"], 7, "Lonely", true, [SdohCategory.SocialConnection, SdohCategory.SocialConnection], Now.AddHours(1));
        Assert.False(taking.LinkOpensAt(Now.AddHours(2)));
        Assert.Null(taking.LinkTokenHash);
        Assert.Equal([SdohCategory.SocialConnection], taking.Needs);
        Assert.Throws<DomainRuleException>(() => taking.IssueLink("again", Now.AddDays(7), Now));
    }

    [Fact]
    public void Calling_it_off_closes_the_persons_link()
    {
        var taking = Administration.Start(Guid.CreateVersion7(), Assessing(), Baseline, LinkWorker, Now);
        taking.IssueLink("hash", Now.AddDays(7), Now);
        taking.Cancel(Now.AddMinutes(1));
        Assert.False(taking.LinkOpensAt(Now.AddMinutes(2)));
    }
}
