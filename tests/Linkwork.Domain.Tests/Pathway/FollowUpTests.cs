using Linkwork.Domain.Common;
using Linkwork.Domain.Pathway;
using Xunit;
using static Linkwork.Domain.Tests.Pathway.PathwayFixtures;

namespace Linkwork.Domain.Tests.Pathway;

public sealed class FollowUpTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    private static FollowUp Planned(Episode episode, DateOnly? due = null) =>
        FollowUp.Add(Guid.CreateVersion7(), episode, "Ring after the first session", "She prefers mornings", due ?? Today.AddDays(3), Today, LinkWorker, LinkWorker, Now);

    [Fact]
    public void Planning_a_follow_up_is_written_into_the_episodes_log_and_bumps_its_version()
    {
        var episode = Assessing();
        var versionBefore = episode.Version;

        var followUp = Planned(episode);

        Assert.Equal((FollowUpState.Open, 1), (followUp.State, followUp.Version));
        Assert.Equal((episode.Id, episode.PersonId, episode.ProgrammeId), (followUp.EpisodeId, followUp.PersonId, followUp.ProgrammeId));
        Assert.Equal(versionBefore + 1, episode.Version);
        var logged = episode.UnsavedEvents[^1];
        Assert.Equal(("follow-up.added", "Ring after the first session", EpisodeState.Assessing.ToString(), EpisodeState.Assessing.ToString()),
            (logged.ReasonCode, logged.Reason, logged.FromState, logged.ToState));
        Assert.Equal(LinkWorker, logged.ActorId);
    }

    [Fact]
    public void A_follow_up_needs_a_title_a_day_not_in_the_past_and_an_open_episode()
    {
        var episode = Assessing();

        Assert.Throws<DomainRuleException>(() => FollowUp.Add(Guid.CreateVersion7(), episode, " ", null, Today, Today, LinkWorker, LinkWorker, Now));
        Assert.Throws<DomainRuleException>(() => Planned(episode, Today.AddDays(-1)));
        Assert.Throws<DomainRuleException>(() => FollowUp.CheckDueOn(null, Today));
        Assert.Equal(Today, FollowUp.CheckDueOn(Today, Today));

        var declined = Received();
        declined.Decline("Not eligible", LinkWorker, Now);
        Assert.Throws<DomainRuleException>(() => Planned(declined));
    }

    [Fact]
    public void Done_is_final_and_a_second_tick_or_a_cancel_is_refused_naming_no_allowed_moves()
    {
        var episode = Assessing();
        var followUp = Planned(episode);

        followUp.Complete(episode, LinkWorker, Now.AddHours(2));

        Assert.Equal((FollowUpState.Done, 2, Now.AddHours(2), (Guid?)LinkWorker), (followUp.State, followUp.Version, followUp.ClosedAt!.Value, followUp.ClosedBy));
        Assert.Equal("follow-up.done", episode.UnsavedEvents[^1].ReasonCode);
        var again = Assert.Throws<IllegalTransitionException>(() => followUp.Complete(episode, LinkWorker, Now));
        Assert.Empty(again.Allowed);
        Assert.Equal("Done", again.From);
        Assert.Throws<IllegalTransitionException>(() => followUp.Cancel(episode, null, LinkWorker, Now));
        Assert.Equal(2, followUp.Version);
    }

    [Fact]
    public void Cancelling_records_the_reason_beside_the_title_in_the_episodes_log()
    {
        var episode = Assessing();
        var followUp = Planned(episode);

        followUp.Cancel(episode, "She rang us first", LinkWorker, Now);

        Assert.Equal(FollowUpState.Cancelled, followUp.State);
        Assert.Equal(("follow-up.cancelled", "Ring after the first session: She rang us first"), (episode.UnsavedEvents[^1].ReasonCode, episode.UnsavedEvents[^1].Reason));
        Assert.Throws<IllegalTransitionException>(() => followUp.Complete(episode, LinkWorker, Now));
    }

    [Fact]
    public void A_follow_up_is_closed_only_through_its_own_episode()
    {
        var followUp = Planned(Assessing());

        Assert.Throws<ArgumentException>(() => followUp.Complete(Assessing(), LinkWorker, Now));
        Assert.Equal(FollowUpState.Open, followUp.State);
    }

    [Fact]
    public void A_stale_version_is_refused()
    {
        var followUp = Planned(Assessing());

        followUp.ExpectVersion(null);
        followUp.ExpectVersion(1);
        Assert.Throws<StaleVersionException>(() => followUp.ExpectVersion(2));
    }

    [Fact]
    public void The_reminder_comes_once_on_the_day_it_is_due_or_later_and_never_for_a_closed_one()
    {
        var episode = Assessing();
        var followUp = Planned(episode, Today.AddDays(2));

        Assert.False(followUp.RemindIfDue(Today.AddDays(1), Now));
        Assert.True(followUp.RemindIfDue(Today.AddDays(2), Now));
        Assert.False(followUp.RemindIfDue(Today.AddDays(3), Now));
        Assert.Equal(1, followUp.Version);

        var done = Planned(episode, Today);
        done.Complete(episode, LinkWorker, Now);
        Assert.False(done.RemindIfDue(Today.AddDays(5), Now));
        Assert.False(done.IsOverdue(Today.AddDays(5)));
        Assert.True(followUp.IsOverdue(Today.AddDays(3)));
    }

    [Fact]
    public void On_a_hand_over_the_previous_link_workers_open_follow_ups_pass_to_the_new_one_and_nothing_else_moves()
    {
        var episode = Assessing();
        var (successor, colleague) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var open = Planned(episode);
        var done = Planned(episode);
        done.Complete(episode, LinkWorker, Now);
        var colleagues = FollowUp.Add(Guid.CreateVersion7(), episode, "Check the carer's assessment", null, Today.AddDays(1), Today, colleague, LinkWorker, Now);

        Assert.True(open.HandOver(LinkWorker, successor));
        Assert.False(done.HandOver(LinkWorker, successor));
        Assert.False(colleagues.HandOver(LinkWorker, successor));
        Assert.False(Planned(episode).HandOver(null, successor)); // from triage: nobody held it

        Assert.Equal((successor, 2), (open.AssigneeId, open.Version));
        Assert.Equal((LinkWorker, 2), (done.AssigneeId, done.Version));
        Assert.Equal((colleague, 1), (colleagues.AssigneeId, colleagues.Version));
    }
}
