using Linkwork.Domain.Coding;
using Linkwork.Domain.Common;
using Linkwork.Domain.Pathway;
using Xunit;
using static Linkwork.Domain.Tests.Pathway.PathwayFixtures;

namespace Linkwork.Domain.Tests.Pathway;

public sealed class EpisodeTests
{
    [Fact]
    public void The_whole_journey_moves_through_every_state_and_logs_each_move_with_its_version()
    {
        var episode = Received();
        episode.RecordContactAttempt(reached: false, "No answer", LinkWorker, Now);
        episode.RecordContactAttempt(reached: true, null, LinkWorker, Now);
        episode.Accept(LinkWorker, Now);
        episode.RecordWhatMatters("Feeling less alone", [new IdentifiedNeed(SdohCategory.SocialConnection, "Widowed")], null, LinkWorker, Now);
        episode.AgreePlan(goalCount: 1, LinkWorker, Now);
        episode.Discharge(DischargeReason.GoalsMet, "Goes to the garden club", LinkWorker, Now.AddDays(90));

        Assert.Equal(EpisodeState.Discharged, episode.State);
        Assert.Equal(7, episode.Version);
        Assert.Equal(1, episode.ContactAttempts);
        Assert.Equal(Enumerable.Range(1, 7), episode.UnsavedEvents.Select(e => e.Version));
        Assert.Equal(
            ["Received", "Contacting", "Contacting", "Accepted", "Assessing", "Active", "Discharged"],
            episode.UnsavedEvents.Select(e => e.ToState));
        Assert.Equal([null, "Received", "Contacting", "Contacting", "Accepted", "Assessing", "Active"], episode.UnsavedEvents.Select(e => e.FromState));
        Assert.Equal("GoalsMet", episode.UnsavedEvents[^1].ReasonCode);
        Assert.All(episode.UnsavedEvents, e => Assert.Equal(episode.Id, e.RecordId));
    }

    [Fact]
    public void An_illegal_move_is_refused_naming_the_allowed_ones_and_changes_nothing()
    {
        var episode = Received();

        var refused = Assert.Throws<IllegalTransitionException>(() => episode.Discharge(DischargeReason.GoalsMet, null, LinkWorker, Now));

        Assert.Equal(["Contacting", "Accepted", "Declined", "EnteredInError"], refused.Allowed);
        Assert.Equal("Received", refused.From);
        Assert.Contains("Contacting, Accepted, Declined, EnteredInError", refused.Message, StringComparison.Ordinal);
        Assert.Equal(EpisodeState.Received, episode.State);
        Assert.Equal(1, episode.Version);
        Assert.Null(episode.DischargeReason);
    }

    [Fact]
    public void Closed_episodes_only_move_into_error()
    {
        foreach (var closed in new[] { EpisodeState.Declined, EpisodeState.UnableToContact, EpisodeState.Discharged })
        {
            Assert.Equal([EpisodeState.EnteredInError], EpisodeMoves.Table.AllowedFrom(closed));
        }

        Assert.Empty(EpisodeMoves.Table.AllowedFrom(EpisodeState.EnteredInError));
    }

    [Fact]
    public void Unable_to_contact_is_suggested_at_the_programmes_number_of_failed_attempts()
    {
        var episode = Received();
        episode.RecordContactAttempt(false, null, LinkWorker, Now);
        episode.RecordContactAttempt(false, null, LinkWorker, Now);
        Assert.False(episode.SuggestsUnableToContact(3));
        episode.RecordContactAttempt(false, null, LinkWorker, Now);
        Assert.True(episode.SuggestsUnableToContact(3));

        episode.MarkUnableToContact(LinkWorker, Now);
        Assert.False(episode.SuggestsUnableToContact(3));
        Assert.Throws<DomainRuleException>(() => episode.RecordContactAttempt(false, null, LinkWorker, Now));
    }

    [Fact]
    public void Declining_and_errors_need_a_reason()
    {
        Assert.Throws<DomainRuleException>(() => Received().Decline(" ", LinkWorker, Now));
        Assert.Throws<DomainRuleException>(() => Received().MarkEnteredInError("", LinkWorker, Now));
        var declined = Received();
        declined.Decline("Already supported by another service", LinkWorker, Now);
        Assert.Equal("Already supported by another service", declined.UnsavedEvents[^1].Reason);
    }

    [Fact]
    public void A_plan_needs_a_goal_and_the_conversation_starts_the_assessment()
    {
        var episode = Received();
        episode.Accept(LinkWorker, Now);
        Assert.Throws<IllegalTransitionException>(() => episode.AgreePlan(1, LinkWorker, Now));

        episode.RecordWhatMatters("Money worries", [new IdentifiedNeed(SdohCategory.FinancialInsecurity, null), new IdentifiedNeed(SdohCategory.FinancialInsecurity, "dup")], "Good with numbers", LinkWorker, Now);
        Assert.Equal(EpisodeState.Assessing, episode.State);
        Assert.Single(episode.WhatMatters!.Needs);
        Assert.Throws<DomainRuleException>(() => episode.AgreePlan(0, LinkWorker, Now));
        episode.AgreePlan(1, LinkWorker, Now);
        Assert.Equal(EpisodeState.Active, episode.State);

        // Revising the conversation later moves nothing but is still a logged change.
        var version = episode.Version;
        episode.RecordWhatMatters("Money and company", [], null, LinkWorker, Now);
        Assert.Equal((EpisodeState.Active, version + 1), (episode.State, episode.Version));
    }

    [Fact]
    public void A_stale_version_is_refused()
    {
        var episode = Received();
        episode.ExpectVersion(null);
        episode.ExpectVersion(1);
        var stale = Assert.Throws<StaleVersionException>(() => episode.ExpectVersion(0));
        Assert.Equal((0, 1), (stale.Expected, stale.Current));
    }

    [Fact]
    public void Only_an_open_episode_is_assigned()
    {
        var episode = Received();
        var worker = Guid.CreateVersion7();
        episode.AssignTo(worker, LinkWorker, Now);
        Assert.Equal(worker, episode.LinkWorkerId);
        Assert.Equal("assigned", episode.UnsavedEvents[^1].ReasonCode);
        episode.Decline("Moved away", LinkWorker, Now);
        Assert.Throws<DomainRuleException>(() => episode.AssignTo(worker, LinkWorker, Now));
    }
}
