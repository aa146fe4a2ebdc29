using Linkwork.Domain.Common;
using Linkwork.Domain.Directory;
using Linkwork.Domain.Pathway;
using Xunit;
using static Linkwork.Domain.Tests.Pathway.PathwayFixtures;

namespace Linkwork.Domain.Tests.Pathway;

public sealed class OnwardReferralTests
{
    [Fact]
    public void The_closed_loop_runs_from_draft_to_completed()
    {
        var referral = OnwardReferral.Draft(Guid.CreateVersion7(), Assessing(), Service(), "Keen gardener", LinkWorker, Now);
        referral.Send(consentToShare: true, 14, LinkWorker, Now);
        referral.Open(Provider, Now.AddHours(1));
        referral.Open(Provider, Now.AddHours(2));
        referral.Accept(Provider, Now.AddDays(2));
        referral.RecordEngagement("Came to the first session", Provider, Now.AddDays(9));
        referral.RecordOutcome(OnwardReferralState.Completed, "Finished the course", Provider, Now.AddDays(60));

        Assert.Equal(OnwardReferralState.Completed, referral.State);
        Assert.Equal(["Draft", "Sent", "Opened", "Accepted", "Engaged", "Completed"], referral.UnsavedEvents.Select(e => e.ToState));
        Assert.Equal(Now.AddDays(14), referral.RespondBy);
        Assert.Equal(Now.AddDays(2), referral.RespondedAt);
        Assert.Equal([OnwardReferralState.EnteredInError], referral.AllowedMoves);
    }

    [Theory]
    [InlineData(ReferralSide.Provider, OnwardReferralState.Sent, true)]
    [InlineData(ReferralSide.Provider, OnwardReferralState.Opened, false)]
    [InlineData(ReferralSide.Provider, OnwardReferralState.Accepted, false)]
    [InlineData(ReferralSide.LinkWorker, OnwardReferralState.Sent, false)]
    [InlineData(null, OnwardReferralState.Sent, false)]
    public void Only_the_providers_read_of_a_sent_referral_opens_it(ReferralSide? side, OnwardReferralState state, bool opens) =>
        Assert.Equal(opens, OnwardReferral.OpensOnReadBy(side, state));

    [Fact]
    public void Sending_without_consent_to_share_is_refused_with_a_clear_message()
    {
        var referral = OnwardReferral.Draft(Guid.CreateVersion7(), Assessing(), Service(), "note", LinkWorker, Now);

        var refused = Assert.Throws<DomainRuleException>(() => referral.Send(consentToShare: false, 14, LinkWorker, Now));

        Assert.Contains("consent", refused.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(OnwardReferralState.Draft, referral.State);
        Assert.Null(referral.SentAt);
    }

    [Theory]
    [InlineData(ReferralMode.SignpostOnly, ServiceStatus.Active)]
    [InlineData(ReferralMode.AcceptsReferrals, ServiceStatus.TemporarilyClosed)]
    [InlineData(ReferralMode.AcceptsReferrals, ServiceStatus.Inactive)]
    public void Only_services_taking_referrals_now_are_referred_to(ReferralMode mode, ServiceStatus status) =>
        Assert.Throws<DomainRuleException>(() => OnwardReferral.Draft(Guid.CreateVersion7(), Assessing(), Service(mode, status), "note", LinkWorker, Now));

    [Fact]
    public void An_episode_refers_on_only_between_acceptance_and_discharge() =>
        Assert.Throws<DomainRuleException>(() => OnwardReferral.Draft(Guid.CreateVersion7(), Received(), Service(), "note", LinkWorker, Now));

    [Fact]
    public void A_decline_records_its_coded_reason_and_closes_the_loop()
    {
        var referral = Sent();
        referral.Decline(DeclineReason.NoCapacity, "Full until spring", Provider, Now);

        Assert.Equal(DeclineReason.NoCapacity, referral.DeclineReason);
        Assert.Equal("NoCapacity", referral.UnsavedEvents[^1].ReasonCode);
        Assert.Throws<IllegalTransitionException>(() => referral.Accept(Provider, Now));
    }

    [Fact]
    public void A_question_goes_back_to_the_provider_once_answered()
    {
        var referral = Sent();
        referral.AskForInformation("Can they manage stairs?", Provider, Now);
        Assert.Throws<DomainRuleException>(() => referral.SupplyInformation(" ", LinkWorker, Now));
        referral.SupplyInformation("Yes, with a rail", LinkWorker, Now);

        Assert.Equal(OnwardReferralState.Opened, referral.State);
        Assert.Equal("information.supplied", referral.UnsavedEvents[^1].ReasonCode);
    }

    [Fact]
    public void Expiry_comes_exactly_at_the_deadline_and_only_while_an_answer_is_owed()
    {
        var referral = Sent(deadlineDays: 14);
        Assert.False(referral.ExpireIfOverdue(Now.AddDays(14).AddTicks(-1)));
        Assert.True(referral.ExpireIfOverdue(Now.AddDays(14)));
        Assert.Equal(OnwardReferralState.Expired, referral.State);
        Assert.Null(referral.UnsavedEvents[^1].ActorId);

        var answered = Sent(deadlineDays: 14);
        answered.Waitlist("Six weeks", Provider, Now);
        Assert.False(answered.ExpireIfOverdue(Now.AddDays(30)));
        Assert.Equal(OnwardReferralState.Waitlisted, answered.State);
    }

    [Fact]
    public void Outcomes_are_only_the_endings_of_a_referral()
    {
        var referral = Sent();
        referral.Accept(Provider, Now);
        Assert.Throws<DomainRuleException>(() => referral.RecordOutcome(OnwardReferralState.Accepted, null, Provider, Now));
        // Completed needs engagement first; someone who never came ends as DidNotAttend.
        Assert.Throws<IllegalTransitionException>(() => referral.RecordOutcome(OnwardReferralState.Completed, null, Provider, Now));
        referral.RecordOutcome(OnwardReferralState.DidNotAttend, null, Provider, Now);
        Assert.Equal(OnwardReferralState.DidNotAttend, referral.State);
    }

    [Fact]
    public void Every_state_has_its_moves_and_closed_loops_only_go_into_error()
    {
        foreach (var state in Enum.GetValues<OnwardReferralState>().Where(s => s != OnwardReferralState.EnteredInError))
        {
            Assert.NotEmpty(OnwardReferralMoves.Table.AllowedFrom(state));
            Assert.Equal(!state.IsOpen() && state != OnwardReferralState.Draft, OnwardReferralMoves.Table.IsClosed(state, OnwardReferralState.EnteredInError));
        }

        Assert.Equal(ReferralSide.Provider, OnwardReferralMoves.SideOf(OnwardReferralState.Accepted));
        Assert.Equal(ReferralSide.LinkWorker, OnwardReferralMoves.SideOf(OnwardReferralState.Withdrawn));
        Assert.Equal(ReferralSide.System, OnwardReferralMoves.SideOf(OnwardReferralState.Expired));
    }

    [Fact]
    public void Messages_run_while_the_referral_is_open()
    {
        var draft = OnwardReferral.Draft(Guid.CreateVersion7(), Assessing(), Service(), "note", LinkWorker, Now);
        Assert.Throws<DomainRuleException>(() => ReferralMessage.Write(Guid.CreateVersion7(), draft, ReferralSide.LinkWorker, LinkWorker, "Hello", Now));
        var referral = Sent();
        var message = ReferralMessage.Write(Guid.CreateVersion7(), referral, ReferralSide.Provider, Provider, "Which day suits?", Now);
        Assert.Equal(ReferralSide.Provider, message.From);
        Assert.Throws<DomainRuleException>(() => ReferralMessage.Write(Guid.CreateVersion7(), referral, ReferralSide.Provider, Provider, new string('x', ReferralMessage.TextMaxLength + 1), Now));
    }
}
