using Linkwork.Domain.Common;
using Linkwork.Domain.Pathway;
using Xunit;
using static Linkwork.Domain.Tests.Pathway.PathwayFixtures;

namespace Linkwork.Domain.Tests.Pathway;

/// <summary>Referrals from the public form: who sent it decides the source, and a community referrer must be reachable and have the person's agreement.</summary>
public sealed class PublicFormEpisodeTests
{
    private static CommunityReferrer Neighbour(string? phone = "01709 123456", string? email = null, bool agrees = true) =>
        new("Margaret Oduya", "Neighbour", phone, email, agrees);

    [Fact]
    public void The_person_themselves_makes_a_self_referral_nobody_follows_and_a_community_member_a_community_referral()
    {
        var self = Episode.ReceiveFromPublicForm(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), "Lonely", "K7MQ-4PXT", referrer: null, Now);
        var community = Episode.ReceiveFromPublicForm(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), "Lonely", "K7MQ-4PXU", Neighbour(), Now);

        Assert.Equal((ReferralSource.SelfReferral, EpisodeState.Received, (Guid?)null, (Guid?)null, "K7MQ-4PXT"),
            (self.Source, self.State, self.ReferredBy, self.LinkWorkerId, self.PublicReference));
        Assert.Equal(ReferralSource.Community, community.Source);
        Assert.Equal("Margaret Oduya", community.CommunityReferrer?.Name);
        Assert.Null(Assert.Single(community.UnsavedEvents).ActorId);
    }

    [Fact]
    public void A_community_referrer_needs_the_persons_agreement()
    {
        var refused = Assert.Throws<DomainRuleException>(() => Neighbour(agrees: false));
        Assert.Equal(CommunityReferrer.AgreementNeeded, refused.Message);
    }

    [Fact]
    public void A_community_referrer_needs_a_phone_or_an_email_and_either_is_checked()
    {
        Assert.Equal(CommunityReferrer.ContactNeeded, Assert.Throws<DomainRuleException>(() => Neighbour(phone: " ")).Message);
        Assert.Throws<DomainRuleException>(() => Neighbour(phone: "call me"));
        Assert.Throws<DomainRuleException>(() => Neighbour(phone: null, email: "not an email"));
        Assert.Equal("m@example.test", Neighbour(phone: null, email: "m@example.test").Email);
    }
}
