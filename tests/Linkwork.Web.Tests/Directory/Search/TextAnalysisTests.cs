using Linkwork.Data.Search;
using Xunit;

namespace Linkwork.Web.Tests.DirectorySearch;

public sealed class TextAnalysisTests
{
    [Theory]
    [InlineData("groups", "group")]
    [InlineData("walking", "walk")]
    [InlineData("walks", "walk")]
    [InlineData("walker", "walker")]
    [InlineData("counselling", "counsel")]
    [InlineData("counseling", "counsel")]
    [InlineData("counsellor", "counsel")]
    [InlineData("counsellors", "counsel")]
    [InlineData("befriending", "befriend")]
    [InlineData("befriender", "befriend")]
    [InlineData("isolated", "isol")]
    [InlineData("isolation", "isol")]
    [InlineData("organise", "organ")]
    [InlineData("organize", "organ")]
    [InlineData("organisation", "organ")]
    [InlineData("organization", "organ")]
    [InlineData("exercise", "exerc")]
    [InlineData("exercising", "exerc")]
    [InlineData("activities", "activ")]
    [InlineData("activity", "activ")]
    [InlineData("families", "famili")]
    [InlineData("family", "famili")]
    [InlineData("gardening", "garden")]
    [InlineData("volunteers", "volunt")]
    [InlineData("volunteering", "volunt")]
    [InlineData("generously", "generous")]
    [InlineData("caresses", "caress")]
    [InlineData("cries", "cri")]
    [InlineData("ties", "tie")]
    [InlineData("hopping", "hop")]
    [InlineData("hoping", "hope")]
    [InlineData("news", "news")]
    [InlineData("skies", "sky")]
    [InlineData("bus", "bus")]
    [InlineData("gas", "gas")]
    [InlineData("gaps", "gap")]
    [InlineData("by", "by")]
    [InlineData("50s", "50s")]
    [InlineData("café", "café")]
    public void Stems(string word, string stem)
    {
        Assert.Equal(stem, EnglishStemmer.Stem(word));
    }

    [Theory]
    [InlineData("Café CULTURE", new[] { "cafe", "culture" })]
    [InlineData("Children's centre", new[] { "childrens", "centre" })]
    [InlineData("well-being", new[] { "wellbeing" })]
    [InlineData("Over 50s: tea & chat!", new[] { "over", "50s", "tea", "chat" })]
    [InlineData("Straße, Łódź, Ærø", new[] { "strasse", "lodz", "aero" })]
    [InlineData("naïve co\u0301operation", new[] { "naive", "cooperation" })]
    [InlineData("  ", new string[0])]
    public void Words_are_folded_letter_and_digit_runs(string text, string[] words)
    {
        Assert.Equal(words, SearchTokenizer.Words(text));
    }

    [Theory]
    [InlineData("yelling")]
    [InlineData("yoga")]
    [InlineData("youths")]
    [InlineData("dying")]
    [InlineData("skies")]
    [InlineData("early")]
    [InlineData("idly")]
    [InlineData("ugly")]
    [InlineData("united")]
    [InlineData("eating")]
    [InlineData("ionisation")]
    [InlineData("ab")]
    [InlineData("café")]
    [InlineData("2nd")]
    public void A_stem_starts_with_its_words_first_letter(string word)
    {
        // Snippets rely on this to skip words that cannot match without stemming them.
        Assert.Equal(word[0], EnglishStemmer.Stem(word)[0]);
    }

    [Fact]
    public void Terms_drop_stopwords_and_stem()
    {
        Assert.Equal(["walk", "group", "park"], SearchTokenizer.Terms("The walking groups of the Park"));
    }

    [Fact]
    public void Very_long_words_are_skipped()
    {
        Assert.Equal(["short"], SearchTokenizer.Words(new string('x', 41) + " short"));
    }

    [Fact]
    public void The_built_in_synonyms_load_and_cover_the_needs_of_social_prescribing()
    {
        Assert.True(SynonymTable.Default.Count > 100);
    }

    [Fact]
    public void Synonym_lines_are_two_way_or_one_way_and_bad_lines_are_reported()
    {
        var table = SynonymTable.Parse("""
            # comment
            food bank, food pantry
            lonely => befriending

            """);
        using var index = DirectorySearchIndex.Build(
        [
            SearchFixture.Service(1, "Food Pantry", null, "Groceries."),
            SearchFixture.Service(2, "Food Bank", null, "Parcels."),
            SearchFixture.Service(3, "Befriending", null, "Calls."),
            SearchFixture.Service(4, "Lonely Hearts Club", null, "Dances."),
        ], table);

        Assert.Equal(2, index.Search(new SearchQuery { Text = "food bank" }, SearchFixture.Today).Total);
        Assert.Equal(2, index.Search(new SearchQuery { Text = "food pantry" }, SearchFixture.Today).Total);
        Assert.Equal(2, index.Search(new SearchQuery { Text = "lonely" }, SearchFixture.Today).Total);
        Assert.Equal(1, index.Search(new SearchQuery { Text = "befriending" }, SearchFixture.Today).Total);
        Assert.Throws<FormatException>(() => SynonymTable.Parse("a => b => c"));
        Assert.Throws<FormatException>(() => SynonymTable.Parse("a => "));
    }
}
