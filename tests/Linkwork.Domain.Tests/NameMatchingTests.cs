using Linkwork.Domain.People;
using Xunit;

namespace Linkwork.Domain.Tests;

public sealed class NameMatchingTests
{
    [Theory]
    [InlineData("martha", "marhta", 0.961)]
    [InlineData("dwayne", "duane", 0.840)]
    [InlineData("dixon", "dicksonx", 0.813)]
    [InlineData("Smith", "Smyth", 0.893)]
    [InlineData("Jon", "John", 0.933)]
    [InlineData("abc", "xyz", 0.0)]
    public void Jaro_Winkler_gives_the_published_scores(string a, string b, double expected) =>
        Assert.Equal(expected, NameMatching.Similarity(a, b), 3);

    [Theory]
    [InlineData("O'Brien", "obrien")]
    [InlineData("Zoë", "ZOE")]
    [InlineData("Mary-Jane", "mary jane")]
    [InlineData(" Smith ", "smith")]
    public void Case_accents_spaces_and_punctuation_do_not_count(string a, string b)
    {
        Assert.Equal(NameMatching.Normalise(a), NameMatching.Normalise(b));
        Assert.Equal(1.0, NameMatching.Similarity(a, b));
    }

    [Fact]
    public void The_threshold_is_inclusive_and_sits_between_a_slip_and_a_different_name()
    {
        Assert.True(DuplicateRule.IsClose(DuplicateRule.Threshold));
        Assert.False(DuplicateRule.IsClose(DuplicateRule.Threshold - 0.0001));
        Assert.True(DuplicateRule.IsClose(NameMatching.Similarity("Smith", "Smyth")));
        Assert.False(DuplicateRule.IsClose(NameMatching.Similarity("Mary", "Maria")));
        Assert.False(DuplicateRule.IsClose(NameMatching.Similarity("Dwayne", "Duane")));
    }

    [Fact]
    public void Both_names_must_be_close_and_swapped_names_count()
    {
        Assert.True(DuplicateRule.IsClose(DuplicateRule.NameScore("Jon", "Smyth", "John", "Smith")));
        Assert.False(DuplicateRule.IsClose(DuplicateRule.NameScore("Jon", "Jones", "John", "Smith")));
        Assert.True(DuplicateRule.IsClose(DuplicateRule.NameScore("Smith", "John", "John", "Smith")));
        Assert.True(DuplicateRule.IsClose(DuplicateRule.NameScore("Bob", "Smith", "Robert", "Smith", otherPreferred: "Bob")));
        Assert.False(DuplicateRule.IsClose(DuplicateRule.NameScore("Bob", "Smith", "Robert", "Smith")));
    }

    [Fact]
    public void A_possible_duplicate_needs_the_same_date_of_birth()
    {
        var now = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
        var known = Person.Create(Guid.CreateVersion7(), Guid.CreateVersion7(), "Catherine", "Smith", new DateOnly(1950, 3, 1), Sex.Female, now);
        Assert.True(DuplicateRule.IsPossible("Katherine", "Smith", new DateOnly(1950, 3, 1), known));
        Assert.False(DuplicateRule.IsPossible("Katherine", "Smith", new DateOnly(1950, 3, 2), known));
        Assert.False(DuplicateRule.IsPossible("Margaret", "Smith", new DateOnly(1950, 3, 1), known));
    }
}
