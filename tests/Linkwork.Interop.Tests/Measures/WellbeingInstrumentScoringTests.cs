using Xunit;
using static Linkwork.Interop.Tests.Measures.InstrumentStandards;

namespace Linkwork.Interop.Tests.Measures;

/// <summary>SWEMWBS, WEMWBS and ONS4 against their tables: every raw SWEMWBS score's metric value, WEMWBS's range, each ONS4 band's edges.</summary>
public sealed class WellbeingInstrumentScoringTests
{
    public static TheoryData<int, string> SwemwbsTable()
    {
        var data = new TheoryData<int, string>();
        foreach (var row in Table("swemwbs_raw_to_metric.csv"))
        {
            data.Add(Int(row["raw_score"]), row["metric_score"]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SwemwbsTable))]
    public void Every_raw_SWEMWBS_score_converts_to_the_published_metric_score(int raw, string metric)
    {
        var result = Scored("swemwbs", Adding(raw, 7, 1, 5));

        Assert.Equal(raw, result.RawScore);
        Assert.Equal(Dec(metric), result.Score);
        Assert.Null(result.Positive);
    }

    [Fact]
    public void The_SWEMWBS_table_covers_the_whole_raw_range_of_7_items_scored_1_to_5()
    {
        var (low, high) = Range(Table("wemwbs_scoring.csv").Single(r => r["instrument"] == "SWEMWBS" && r["record_type"] == "raw_total")["value_or_range"]);

        Assert.Equal(Enumerable.Range(low, high - low + 1), Table("swemwbs_raw_to_metric.csv").Select(r => Int(r["raw_score"])));
        Assert.Equal(Enumerable.Range(low, high - low + 1), Get("swemwbs").Parts.Single().Conversion!.Values.Keys.Order());
    }

    public static TheoryData<string, int> WemwbsAnswers()
    {
        var data = new TheoryData<string, int>();
        foreach (var row in Table("wemwbs_scoring.csv").Where(r => r["record_type"] == "answer"))
        {
            data.Add(row["label"], Int(row["value_or_range"]));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WemwbsAnswers))]
    public void Every_WEMWBS_answer_scores_its_value_on_both_scales(string label, int value)
    {
        Assert.Equal(14 * value, Scored("wemwbs", [.. Enumerable.Repeat<object?>(label, 14)]).Score);
        Assert.Equal(7 * value, Scored("swemwbs", [.. Enumerable.Repeat<object?>(label.ToLowerInvariant(), 7)]).RawScore);
        Assert.Equal(value, Scored("wemwbs", [.. Enumerable.Repeat<object?>(value, 14)]).Answers[0].Value);
    }

    [Fact]
    public void Every_WEMWBS_total_in_the_published_range_is_its_own_score()
    {
        var (low, high) = Range(Table("wemwbs_scoring.csv").Single(r => r["instrument"] == "WEMWBS" && r["record_type"] == "total")["value_or_range"]);

        foreach (var total in Enumerable.Range(low, high - low + 1))
        {
            var result = Scored("wemwbs", Adding(total, 14, 1, 5));
            Assert.Equal(total, result.Score);
            Assert.Null(result.RawScore);
        }

        Assert.Contains("must be 1–5", Assert.Single(Score("wemwbs", [.. Adding(14, 13, 1, 5), 0]).Problems).Message, StringComparison.Ordinal);
    }

    public static TheoryData<int, string, string, int, int> OnsBands()
    {
        var data = new TheoryData<int, string, string, int, int>();
        foreach (var row in Table("ons4_personal_wellbeing.csv"))
        {
            data.Add(Int(row["item"]), row["short_name"], row["threshold_band"], Int(row["band_min"]), Int(row["band_max"]));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OnsBands))]
    public void Each_ONS4_band_holds_its_minimum_and_maximum_answer(int item, string measure, string band, int min, int max)
    {
        foreach (var value in new[] { min, max })
        {
            var answers = new object?[] { 5, 5, 5, 5 };
            answers[item - 1] = value;

            var result = Scored("ons4", answers);

            var part = result.Parts[item - 1];
            Assert.Equal(measure.Replace('_', '-'), part.Id);
            Assert.Equal((decimal)value, part.Score);
            Assert.Equal(Words(band), part.Band, ignoreCase: true);
        }
    }

    [Fact]
    public void ONS4_has_no_total_or_screen_and_refuses_answers_outside_0_to_10()
    {
        var result = Scored("ons4", 0, 10, "7", 3);

        Assert.Null(result.Score);
        Assert.Null(result.Band);
        Assert.Null(result.Positive);
        Assert.Equal("item 4 (anxiety) must be a whole number 0–10; got 11", Assert.Single(Score("ons4", 5, 5, 5, 11).Problems).Message);
        Assert.Equal("item 1 (life satisfaction) must be a whole number 0–10; got 6.5", Assert.Single(Score("ons4", 6.5m, 5, 5, 5).Problems).Message);
        Assert.Equal(1, Assert.Single(Score("ons4", null, 5, 5, 5).Problems).ItemNumber);
    }
}
