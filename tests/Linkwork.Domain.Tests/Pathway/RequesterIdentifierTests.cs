using Linkwork.Domain.Common;
using Linkwork.Domain.Pathway;
using Xunit;
using static Linkwork.Domain.Tests.Pathway.PathwayFixtures;

namespace Linkwork.Domain.Tests.Pathway;

public sealed class RequesterIdentifierTests
{
    [Theory]
    [InlineData("https://ehr.example.org/referrals", "ORD-1")]
    [InlineData("urn:oid:2.16.840.1.113883.3.1", "12345")]
    [InlineData("urn:uuid:0a000000-0000-4000-8000-000000000001", "a|b")]
    public void An_absolute_uri_and_a_value_make_an_identifier(string system, string value)
    {
        var identifier = new RequesterIdentifier($" {system} ", value);

        Assert.Equal(system, identifier.System);
        Assert.Equal(value, identifier.Value);
        Assert.Equal($"{system}|{value}", identifier.ToString());
        Assert.Equal(new RequesterIdentifier(system, value), identifier);
    }

    [Theory]
    [InlineData(null, "ORD-1", "The identifier's system is required.")]
    [InlineData("https://ehr.example.org/referrals", " ", "The identifier's value is required.")]
    [InlineData("ehr-referrals", "ORD-1", "absolute URI")]
    [InlineData("/referrals", "ORD-1", "absolute URI")]
    public void A_missing_part_or_a_system_that_is_no_uri_is_refused(string? system, string? value, string message)
    {
        var refused = Assert.Throws<DomainRuleException>(() => new RequesterIdentifier(system, value));

        Assert.Contains(message, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_system_and_value_are_held_to_their_lengths()
    {
        var system = "https://ehr.example.org/" + new string('r', RequesterIdentifier.SystemMaxLength - "https://ehr.example.org/".Length);
        var value = new string('7', RequesterIdentifier.ValueMaxLength);
        Assert.Equal(RequesterIdentifier.SystemMaxLength, new RequesterIdentifier(system, value).System.Length);

        Assert.Contains($"at most {RequesterIdentifier.SystemMaxLength}",
            Assert.Throws<DomainRuleException>(() => new RequesterIdentifier(system + "r", value)).Message, StringComparison.Ordinal);
        Assert.Contains($"at most {RequesterIdentifier.ValueMaxLength}",
            Assert.Throws<DomainRuleException>(() => new RequesterIdentifier(system, value + "7")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_episode_and_an_onward_referral_keep_the_identifier_they_were_made_with()
    {
        var identifier = new RequesterIdentifier("https://ehr.example.org/referrals", "ORD-1");
        var episode = Episode.Receive(
            Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), ReferralSource.GeneralPractice, "Lonely", null, LinkWorker, Now, identifier);
        var onward = OnwardReferral.Draft(Guid.CreateVersion7(), Assessing(), Service(), "Keen gardener", LinkWorker, Now, identifier);

        Assert.Equal(identifier, episode.RequesterIdentifier);
        Assert.Equal(("https://ehr.example.org/referrals", "ORD-1"), (episode.RequesterIdentifierSystem, episode.RequesterIdentifierValue));
        Assert.Equal(identifier, onward.RequesterIdentifier);
        Assert.Null(Received().RequesterIdentifier);
        Assert.Null(Received().RequesterIdentifierSystem);
    }
}
