using Linkwork.Domain.Coding;
using Linkwork.Interop.CodeSystems;
using Linkwork.Tests;
using Xunit;

namespace Linkwork.Interop.Tests;

public sealed class SnomedCtIdTests
{
    [Fact]
    public void Every_verified_code_in_the_NHS_England_list_has_a_valid_check_digit()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Standards, "uk-social-prescribing", "snomed_social_prescribing_codes.csv"));
        var verified = lines.Skip(1).Select(l => l.Split(',')[0]).Where(id => id.All(char.IsAsciiDigit)).ToList();

        Assert.Equal(2, verified.Count);
        Assert.All(verified, id => Assert.True(SnomedCtId.IsValid(id), id));
    }

    [Fact]
    public void The_constants_match_the_published_codes()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Standards, "uk-social-prescribing", "snomed_social_prescribing_codes.csv"));

        Assert.Contains(SocialPrescribingCodes.ReferralToSocialPrescribingService + ",Referral to social prescribing service", text, StringComparison.Ordinal);
        Assert.Contains(SocialPrescribingCodes.SocialPrescribingDeclined + ",Social prescribing declined", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("871731000000107")] // last digit changed
    [InlineData("871371000000106")] // two digits swapped
    [InlineData("071731000000106")] // leading zero
    [InlineData("12345")] // too short
    [InlineData("87173100000010x")]
    [InlineData("")]
    public void Mistyped_identifiers_are_rejected(string id) => Assert.False(SnomedCtId.IsValid(id));
}
