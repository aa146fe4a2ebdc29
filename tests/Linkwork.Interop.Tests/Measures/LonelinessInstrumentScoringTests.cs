using Linkwork.Domain.Coding;
using Xunit;
using static Linkwork.Interop.Tests.Measures.InstrumentStandards;

namespace Linkwork.Interop.Tests.Measures;

/// <summary>UCLA-3 and De Jong Gierveld 6-item against ucla3_loneliness.csv and djg6_loneliness.csv.</summary>
public sealed class LonelinessInstrumentScoringTests
{
    public static TheoryData<int, string, int> UclaAnswers()
    {
        var data = new TheoryData<int, string, int>();
        foreach (var row in Table("ucla3_loneliness.csv").Where(r => r["record_type"] == "item" && int.TryParse(r["item_or_band"], out _)))
        {
            var responses = row["response"].Split('|');
            var scores = row["score"].Split('|');
            foreach (var (response, score) in responses.Zip(scores))
            {
                data.Add(Int(row["item_or_band"]), response, Int(score));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(UclaAnswers))]
    public void Every_UCLA3_answer_scores_its_value(int item, string response, int score)
    {
        var answers = new object?[] { "Hardly ever", "Hardly ever", "Hardly ever" };
        answers[item - 1] = response;

        var result = Scored("ucla3", answers);

        Assert.Equal(score, result.Answers[item - 1].Value);
        Assert.Equal(2 + score, result.Score);
    }

    public static TheoryData<string, int, int> UclaBands()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var row in Table("ucla3_loneliness.csv").Where(r => r["record_type"] == "band"))
        {
            var (min, max) = Range(row["score"]);
            data.Add(row["item_or_band"], min, max);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(UclaBands))]
    public void Each_UCLA3_band_holds_its_edges_and_lonely_screens_positive_for_social_connection(string band, int min, int max)
    {
        foreach (var total in new[] { min, max })
        {
            var result = Scored("ucla3", Adding(total, 3, 1, 3));

            Assert.Equal(total, result.Score);
            Assert.Equal(Words(band), result.Band, ignoreCase: true);
            Assert.Equal(band == "lonely", result.Positive);
            Assert.Equal(band == "lonely" ? [SdohCategory.SocialConnection] : [], result.Needs);
        }
    }

    [Fact]
    public void The_UCLA3_total_runs_over_the_published_range_and_no_further()
    {
        var (low, high) = Range(Table("ucla3_loneliness.csv").Single(r => r["record_type"] == "total")["score"]);

        Assert.Equal(low, Scored("ucla3", 1, 1, 1).Score);
        Assert.Equal(high, Scored("ucla3", 3, 3, 3).Score);
        Assert.StartsWith("item 2 (left out) must be 1–3, or one of \"Hardly ever\"", Assert.Single(Score("ucla3", 1, 0, 1).Problems).Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<IReadOnlyDictionary<string, string>> DjgItems => [.. Table("djg6_loneliness.csv").Where(r => r["record_type"] == "item")];

    /// <summary>The answer that counts 1 for an item, and the one that counts 0, read from the table's "counts_as_1_when".</summary>
    private static (string Counts, string DoesNot) DjgAnswers(int item)
    {
        var rule = DjgItems.Single(r => Int(r["item_no_in_6"]) == item)["counts_as_1_when"];
        return rule.StartsWith("yes", StringComparison.Ordinal) ? ("Yes", "No") : ("No", "Yes");
    }

    public static TheoryData<int, string, int> DjgAnswerValues()
    {
        var data = new TheoryData<int, string, int>();
        foreach (var row in DjgItems)
        {
            var counting = row["counts_as_1_when"].Split(" OR ");
            foreach (var answer in new[] { "yes", "more or less", "no" })
            {
                data.Add(Int(row["item_no_in_6"]), answer, counting.Contains(answer) ? 1 : 0);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DjgAnswerValues))]
    public void Each_DJG6_answer_counts_as_the_table_says_reversed_for_the_social_items(int item, string answer, int counts)
    {
        var answers = Enumerable.Range(1, 6).Select(n => (object?)DjgAnswers(n).DoesNot).ToArray();
        answers[item - 1] = answer;

        var result = Scored("djg6", answers);

        Assert.Equal(counts, result.Score);
        var subscale = DjgItems.Single(r => Int(r["item_no_in_6"]) == item)["subscale"];
        Assert.Equal(counts, result.Parts.Single(p => p.Id == subscale).Score);
    }

    public static TheoryData<string, int, int> DjgBands()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var row in Table("djg6_loneliness.csv").Where(r => r["record_type"] == "band" && r["subscale"] == "all"))
        {
            var (min, max) = Range(row["text"].Replace("total ", "", StringComparison.Ordinal));
            data.Add(row["item_no_in_6"], min, max);
        }

        return data;
    }

    private static object?[] DjgCounting(int total) => [.. Enumerable.Range(1, 6).Select(n => (object?)(n <= total ? DjgAnswers(n).Counts : DjgAnswers(n).DoesNot))];

    [Theory]
    [MemberData(nameof(DjgBands))]
    public void Each_DJG6_band_holds_its_edges(string band, int min, int max)
    {
        foreach (var total in new[] { min, max })
        {
            var result = Scored("djg6", DjgCounting(total));

            Assert.Equal(total, result.Score);
            Assert.Equal(band, result.Band, ignoreCase: true);
            Assert.Equal(band != "not lonely", result.Positive);
        }
    }

    [Fact]
    public void Each_DJG6_subscale_is_lonely_from_1_and_not_lonely_at_0()
    {
        var subscaleBand = Table("djg6_loneliness.csv").Single(r => r["record_type"] == "band" && r["item_no_in_6"] == "subscale lonely")["text"];
        Assert.Equal("subscale 1-3 = lonely; 0 = not lonely", subscaleBand);

        var none = Scored("djg6", DjgCounting(0));
        var emotionalOnly = Enumerable.Range(1, 6).Select(n => (object?)(DjgItems[n - 1]["subscale"] == "emotional" ? DjgAnswers(n).Counts : DjgAnswers(n).DoesNot)).ToArray();
        var emotional = Scored("djg6", emotionalOnly);

        Assert.All(none.Parts.Where(p => p.Id != "total"), p => Assert.Equal(("Not lonely", 0m), (p.Band, p.Score!.Value)));
        Assert.Equal(("Lonely", 3m), (emotional.Parts.Single(p => p.Id == "emotional").Band, emotional.Parts.Single(p => p.Id == "emotional").Score!.Value));
        Assert.Equal(("Not lonely", 0m), (emotional.Parts.Single(p => p.Id == "social").Band, emotional.Parts.Single(p => p.Id == "social").Score!.Value));
    }

    [Fact]
    public void DJG6_gives_a_total_with_one_item_unanswered_but_not_its_subscale_and_refuses_two()
    {
        var answers = DjgCounting(6);
        answers[1] = null;

        var one = Scored("djg6", answers);

        Assert.Equal(5, one.Score);
        Assert.False(one.Parts.Single(p => p.Id == "social").Scored);
        Assert.Null(one.Parts.Single(p => p.Id == "social").Score);
        Assert.Equal(3, one.Parts.Single(p => p.Id == "emotional").Score);

        answers[4] = null;
        var two = Score("djg6", answers);
        Assert.Null(two.Result);
        Assert.Equal([2, 5], two.Problems.Select(p => p.ItemNumber!.Value));
        Assert.All(two.Problems, p => Assert.EndsWith("is scored with at most 1 unanswered item", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void DJG6_answers_are_words_a_number_cannot_say_which_one()
    {
        Assert.Contains("must be one of \"Yes\", \"More or less\", \"No\"; got 1", Assert.Single(Score("djg6", 1, "No", "No", "No", "No", "No").Problems).Message, StringComparison.Ordinal);
    }
}
