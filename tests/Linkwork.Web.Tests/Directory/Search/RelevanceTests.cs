using Linkwork.Data.Search;
using Xunit;
using static Linkwork.Web.Tests.DirectorySearch.SearchFixture;

namespace Linkwork.Web.Tests.DirectorySearch;

/// <summary>Judged queries on the fixture: what a link worker typing these words expects to see.</summary>
public sealed class RelevanceTests : IDisposable
{
    private readonly DirectorySearchIndex index = Build();

    public void Dispose() => index.Dispose();

    private List<Guid> Find(string text) => index.Search(new SearchQuery { Text = text, PageSize = 100 }, Today).Ids();

    [Fact]
    public void The_food_bank_beats_a_cookery_class_that_mentions_the_food_bank()
    {
        var hits = Find("food bank");

        Assert.Equal(FoodBank, hits[0]);
        Assert.Contains(Cookery, hits);
        Assert.True(hits.IndexOf(Cookery) > hits.IndexOf(FoodBank));
    }

    [Fact]
    public void A_food_bank_search_does_not_find_food_services_that_are_not_food_banks()
    {
        var hits = Find("food bank");

        Assert.DoesNotContain(DoncasterFoodHub, hits);
        Assert.DoesNotContain(MaltbyLarder, hits);
    }

    [Fact]
    public void Food_pantry_finds_the_food_bank_through_synonyms()
    {
        Assert.Equal(FoodBank, Find("food pantry")[0]);
    }

    [Fact]
    public void Lonely_finds_befriending_and_the_lunch_club()
    {
        var hits = Find("lonely");

        Assert.Contains(AgeUkBefriending, hits);
        Assert.Contains(KimberworthBefriending, hits);
        Assert.Contains(LunchClub, hits);
        Assert.DoesNotContain(FoodBank, hits);
    }

    [Fact]
    public void Isolated_finds_the_scheme_that_says_isolated_above_those_found_through_synonyms()
    {
        var hits = Find("isolated");

        Assert.Equal(KimberworthBefriending, hits[0]);
        Assert.Contains(AgeUkBefriending, hits);
    }

    [Fact]
    public void Money_finds_debt_advice_and_welfare_rights()
    {
        var hits = Find("money");

        Assert.Contains(DebtAdvice, hits);
        Assert.Contains(WelfareRights, hits);
        Assert.DoesNotContain(FoodBank, hits);

        // The cookery class teaches cooking "on a budget": a weak match, below the advice services.
        Assert.True(hits.IndexOf(Cookery) < 0 || hits.IndexOf(Cookery) > hits.IndexOf(DebtAdvice));
    }

    [Theory]
    [InlineData("councelling")]
    [InlineData("counseling")]
    [InlineData("counsellor")]
    [InlineData("couns")]
    [InlineData("Counselling")]
    public void Misspelt_American_agent_and_partial_forms_find_counselling(string text)
    {
        Assert.Equal(Counselling, Find(text)[0]);
    }

    [Fact]
    public void A_typo_with_swapped_letters_finds_befriending()
    {
        var hits = Find("befreinding");

        Assert.Contains(AgeUkBefriending, hits);
        Assert.Contains(KimberworthBefriending, hits);
    }

    [Fact]
    public void A_word_nobody_uses_and_nothing_resembles_finds_nothing()
    {
        var results = index.Search(new SearchQuery { Text = "xylophone" }, Today);

        Assert.Equal(0, results.Total);
        Assert.Empty(results.Hits);
    }

    [Fact]
    public void Only_stopwords_is_the_same_as_no_text()
    {
        var withStopwords = index.Search(new SearchQuery { Text = "the and of", PageSize = 100 }, Today);
        var withoutText = index.Search(new SearchQuery { PageSize = 100 }, Today);

        Assert.Equal(withoutText.Ids(), withStopwords.Ids());
    }

    [Fact]
    public void Walking_group_puts_the_walking_group_first_and_stems_walking()
    {
        var hits = Find("walking group");

        Assert.Equal(WalkingGroup, hits[0]);
        Assert.Contains(WalkingGroup, Find("walks"));
        Assert.Contains(WalkingFootball, Find("walk"));
    }

    [Fact]
    public void The_name_outweighs_the_description()
    {
        // "Carers" is the name of one service and a word in the description of the memory café.
        var hits = Find("carers");

        Assert.Equal(Carers, hits[0]);
        Assert.Contains(DementiaCafe, hits);
    }

    [Fact]
    public void Taxonomy_term_names_and_need_labels_are_searchable()
    {
        Assert.Contains(FoodBank, Find("pantry"));
        Assert.Contains(Garden, Find("nature"));
    }

    [Fact]
    public void A_synonym_match_scores_below_a_direct_match()
    {
        var results = index.Search(new SearchQuery { Text = "depression", PageSize = 100 }, Today);

        // Mind says "depression"; Talking Therapies only says "low mood", a synonym.
        Assert.Equal(Counselling, results.Hits[0].ServiceId);
        Assert.Contains(TalkingTherapies, results.Ids());
        Assert.True(results.Hits[0].Score > results.Hits.Single(h => h.ServiceId == TalkingTherapies).Score);
    }

    [Fact]
    public void A_hit_reports_the_terms_that_matched_it()
    {
        var hit = index.Search(new SearchQuery { Text = "councelling" }, Today).Hits[0];

        Assert.Contains("counsel", hit.MatchedTerms);
    }

    [Fact]
    public void Every_query_word_must_match_in_a_two_word_query()
    {
        var hits = Find("walking football");

        Assert.Equal([WalkingFootball], hits);
    }

    [Fact]
    public void A_complete_word_is_completed_only_by_words_at_least_a_hundredth_as_common()
    {
        using var corpus = DirectorySearchIndex.Build(
        [
            .. Enumerable.Range(1, 200).Select(n => Service(n, $"Pantry {n}", null, "Free food for families.")),
            .. Enumerable.Range(201, 5).Select(n => Service(n, $"Hub {n}", null, "Our foodbank opens on Fridays.")),
            Service(300, "Foodford Hall", null, "Room hire."),
        ]);

        var food = corpus.Search(new SearchQuery { Text = "food", PageSize = 100 }, Today);
        var foo = corpus.Search(new SearchQuery { Text = "foo", PageSize = 100 }, Today);

        Assert.Equal(205, food.Total);
        Assert.Equal(206, foo.Total);
    }

    [Fact]
    public void Freshness_breaks_an_otherwise_equal_text_match()
    {
        using var twins = DirectorySearchIndex.Build(
        [
            Service(1, "Chair Yoga", null, "Seated yoga.") with { AssuredDate = Today.AddDays(-500) },
            Service(2, "Chair Yoga", null, "Seated yoga.") with { AssuredDate = Today.AddDays(-2) },
            Service(3, "Chair Yoga", null, "Seated yoga.") with { AssuredDate = null },
        ]);

        var hits = twins.Search(new SearchQuery { Text = "yoga" }, Today).Ids();

        Assert.Equal([Id(2), Id(3), Id(1)], hits);
    }

    [Fact]
    public void Nearness_is_blended_into_text_relevance()
    {
        using var twins = DirectorySearchIndex.Build(
        [
            Service(1, "Chair Yoga", null, "Seated yoga.", (53.60, -1.36)),
            Service(2, "Chair Yoga", null, "Seated yoga.", (53.43, -1.36)),
        ]);

        var results = twins.Search(new SearchQuery { Text = "yoga", Latitude = 53.43, Longitude = -1.36 }, Today);

        Assert.Equal([Id(2), Id(1)], results.Ids());
        Assert.InRange(results.Hits[1].DistanceKm!.Value, 18.5, 19.5);
    }
}
