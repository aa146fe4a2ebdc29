using Linkwork.Data.Search;
using Xunit;

namespace Linkwork.Web.Tests.DirectorySearch;

public sealed class SnippetTests
{
    private const string Mind =
        "Short-term counselling for anxiety and depression with qualified counsellors. Counselling is free and confidential, in person or by video.";

    [Fact]
    public void Matched_words_are_marked_in_every_form_of_the_stem()
    {
        var segments = SearchSnippet.Build(Mind, ["counsel"], 500);

        Assert.Equal(["counselling", "counsellors", "Counselling"], segments.Where(s => s.IsMatch).Select(s => s.Text));
        Assert.Equal(Mind, string.Concat(segments.Select(s => s.Text)));
    }

    [Fact]
    public void Plain_words_work_as_terms_too()
    {
        var segments = SearchSnippet.Build("Emergency food parcels for people in crisis.", ["Parcel", "crisis"], 200);

        Assert.Equal(["parcels", "crisis"], segments.Where(s => s.IsMatch).Select(s => s.Text));
    }

    [Fact]
    public void A_long_text_is_cut_around_the_matches_at_word_boundaries_with_ellipses()
    {
        var filler = string.Join(' ', Enumerable.Repeat("We meet every week in the church hall.", 10));
        var text = filler + " Gentle health walks around the park. " + filler;

        var segments = SearchSnippet.Build(text, ["walk"], 80);
        var joined = string.Concat(segments.Select(s => s.Text));

        Assert.StartsWith("…", joined, StringComparison.Ordinal);
        Assert.EndsWith("…", joined, StringComparison.Ordinal);
        Assert.InRange(joined.Length, 40, 82);
        Assert.Equal(["walks"], segments.Where(s => s.IsMatch).Select(s => s.Text));
        Assert.DoesNotContain("  ", joined, StringComparison.Ordinal);
        Assert.Matches(@"^…\S", joined);
    }

    [Fact]
    public void Without_matches_the_start_of_the_text_is_shown()
    {
        var segments = SearchSnippet.Build(string.Join(' ', Enumerable.Repeat("Tea and chat.", 20)), ["walk"], 40);

        var only = Assert.Single(segments);
        Assert.False(only.IsMatch);
        Assert.StartsWith("Tea and chat.", only.Text, StringComparison.Ordinal);
        Assert.EndsWith("…", only.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hyphenated_word_matched_by_its_joined_form_is_marked_whole()
    {
        var segments = SearchSnippet.Build("Support for your well-being.", SearchTokenizer.Terms("wellbeing"), 100);

        Assert.Equal(["well-being"], segments.Where(s => s.IsMatch).Select(s => s.Text));
    }
}
