using Linkwork.Domain.Common;
using Linkwork.Domain.People;
using Xunit;

namespace Linkwork.Domain.Tests;

public sealed class NhsNumberTests
{
    [Theory]
    [InlineData("9434765919")]
    [InlineData("943 476 5919")]
    [InlineData("943-476-5919")]
    public void A_number_with_the_right_check_digit_parses(string text)
    {
        Assert.True(NhsNumber.TryParse(text, out var number));
        Assert.Equal("9434765919", number.Value);
        Assert.Equal("943 476 5919", number.ToString());
    }

    [Theory]
    [InlineData("9434765918")] // wrong check digit
    [InlineData("943476591")] // nine digits
    [InlineData("94347659199")] // eleven digits
    [InlineData("94347659a9")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_refused(string? text) => Assert.False(NhsNumber.TryParse(text, out _));

    [Fact]
    public void Prefixes_whose_remainder_gives_ten_have_no_valid_number()
    {
        // 1+2+... weights: 0000000001 -> sum 2 -> 11-2 = 9; find a prefix whose check would be 10.
        var prefix = Enumerable.Range(0, 1000).Select(i => "999000" + i.ToString("D3")).First(p => NhsNumber.CheckDigitFor(p) is null);
        Assert.All(Enumerable.Range(0, 10), digit => Assert.False(NhsNumber.TryParse(prefix + digit, out _)));
    }

    [Fact]
    public void Parse_explains_what_is_wrong()
    {
        var error = Assert.Throws<DomainRuleException>(() => NhsNumber.Parse("1234567890"));
        Assert.Contains("check digit", error.Message, StringComparison.Ordinal);
    }
}
