using Linkwork.Domain.Common;
using Linkwork.Domain.People;
using Xunit;

namespace Linkwork.Domain.Tests;

public sealed class PostcodeTests
{
    [Theory]
    [InlineData("s651ab", "S65 1AB")]
    [InlineData(" S65  1AB ", "S65 1AB")]
    [InlineData("sw1a1aa", "SW1A 1AA")]
    [InlineData("m11ae", "M1 1AE")]
    [InlineData("10115", "10115")]
    public void Postcodes_are_written_one_way(string given, string expected) => Assert.Equal(expected, Postcodes.Normalise(given));

    [Fact]
    public void A_blank_postcode_is_none_and_an_overlong_one_is_refused()
    {
        Assert.Null(Postcodes.Normalise("  "));
        Assert.Throws<DomainRuleException>(() => Postcodes.Normalise("a postcode that is far too long"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void The_lookup_refuses_deciles_outside_one_to_ten(int decile) =>
        Assert.Throws<DomainRuleException>(() => PostcodeDeprivation.Create("S65 1AB", "E01007623", decile));

    [Fact]
    public void The_lookup_takes_only_UK_postcodes_and_keeps_the_boundary_deciles()
    {
        Assert.Throws<DomainRuleException>(() => PostcodeDeprivation.Create("10115", "E01007623", 5));
        Assert.Equal(1, PostcodeDeprivation.Create("s65 1ab", "E01007623", 1).Decile);
        Assert.Equal("S65 1AB", PostcodeDeprivation.Create("s651ab", "E01007623", 10).Postcode);
    }

    [Theory]
    [InlineData(90.5, -1.3)]
    [InlineData(53.4, -180.01)]
    [InlineData(53.4, null)]
    [InlineData(null, -1.3)]
    public void The_lookup_refuses_a_centre_out_of_range_or_half_given(double? latitude, double? longitude) =>
        Assert.Throws<DomainRuleException>(() => PostcodeDeprivation.Create("S65 1AB", "E01007623", 3, latitude, longitude));

    [Fact]
    public void A_newer_release_without_a_centre_keeps_the_one_known_and_one_with_a_centre_moves_it()
    {
        var row = PostcodeDeprivation.Create("S65 1AB", "E01007623", 3, 53.43, -1.34);

        row.Revise(PostcodeDeprivation.Create("S65 1AB", "E01007624", 4));
        Assert.Equal(("E01007624", 4, 53.43, -1.34), (row.AreaCode, row.Decile, row.Latitude, row.Longitude));

        row.Revise(PostcodeDeprivation.Create("S65 1AB", "E01007624", 4, 53.44, -1.35));
        Assert.Equal((53.44, -1.35), (row.Latitude, row.Longitude));
    }
}
