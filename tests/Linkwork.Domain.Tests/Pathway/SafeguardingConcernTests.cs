using Linkwork.Domain.Common;
using Linkwork.Domain.Pathway;
using Xunit;
using static Linkwork.Domain.Tests.Pathway.PathwayFixtures;

namespace Linkwork.Domain.Tests.Pathway;

public sealed class SafeguardingConcernTests
{
    private static readonly Guid Colleague = Guid.CreateVersion7();
    private static readonly Guid Supervisor = Guid.CreateVersion7();

    private static SafeguardingConcern Raised(Episode episode) =>
        SafeguardingConcern.Raise(Guid.CreateVersion7(), episode, "Son takes her pension", LinkWorker, Now);

    [Fact]
    public void Raising_a_concern_is_written_into_the_episodes_log_with_the_note()
    {
        var episode = Assessing();
        var versionBefore = episode.Version;

        var concern = Raised(episode);

        Assert.True(concern.IsOpen);
        Assert.Equal(versionBefore + 1, episode.Version);
        Assert.Equal(("safeguarding.raised", "Son takes her pension", (Guid?)LinkWorker),
            (episode.UnsavedEvents[^1].ReasonCode, episode.UnsavedEvents[^1].Reason, episode.UnsavedEvents[^1].ActorId));
    }

    [Fact]
    public void A_concern_needs_a_note_and_a_real_episode_but_may_come_after_discharge()
    {
        Assert.Throws<DomainRuleException>(() => SafeguardingConcern.Raise(Guid.CreateVersion7(), Assessing(), "  ", LinkWorker, Now));

        var inError = Received();
        inError.MarkEnteredInError("Wrong person", LinkWorker, Now);
        Assert.Throws<DomainRuleException>(() => Raised(inError));

        var discharged = Assessing();
        discharged.Discharge(DischargeReason.MovedAway, null, LinkWorker, Now);
        Assert.True(Raised(discharged).IsOpen);
    }

    [Fact]
    public void Only_a_supervisor_or_the_raiser_resolves_and_only_once()
    {
        var episode = Assessing();
        var concern = Raised(episode);

        Assert.False(concern.MayBeResolvedBy(Colleague, isSupervisor: false));
        Assert.Throws<DomainRuleException>(() => concern.Resolve(episode, "Spoke to her", Colleague, bySupervisor: false, Now));
        Assert.Throws<DomainRuleException>(() => concern.Resolve(episode, " ", Supervisor, bySupervisor: true, Now));
        Assert.True(concern.IsOpen);

        concern.Resolve(episode, "Adult social care visited", Supervisor, bySupervisor: true, Now.AddDays(1));

        Assert.Equal((SafeguardingConcernState.Resolved, 2, (Guid?)Supervisor), (concern.State, concern.Version, concern.ResolvedBy));
        Assert.Equal(("safeguarding.resolved", "Adult social care visited"), (episode.UnsavedEvents[^1].ReasonCode, episode.UnsavedEvents[^1].Reason));
        var again = Assert.Throws<IllegalTransitionException>(() => concern.Resolve(episode, "Again", LinkWorker, bySupervisor: false, Now));
        Assert.Equal("Resolved", again.From);
        Assert.Throws<StaleVersionException>(() => concern.ExpectVersion(1));
    }

    [Fact]
    public void The_raiser_may_resolve_their_own_concern()
    {
        var episode = Assessing();
        var concern = Raised(episode);

        concern.Resolve(episode, "It was a misunderstanding; her son manages it with her agreement", LinkWorker, bySupervisor: false, Now);

        Assert.False(concern.IsOpen);
    }
}
