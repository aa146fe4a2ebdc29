using Xunit;
using static Linkwork.Interop.Tests.Measures.InstrumentStandards;

namespace Linkwork.Interop.Tests.Measures;

/// <summary>PHQ-9 and GAD-7 against phq9_gad7_scoring.csv: every answer, every band's edges, the cut-points and PHQ-9 item 9.</summary>
public sealed class MoodInstrumentScoringTests
{
    private static readonly IReadOnlyList<IReadOnlyDictionary<string, string>> Rows = Table("phq9_gad7_scoring.csv");

    private static (string Id, int Items) Of(string instrument) => instrument == "PHQ-9" ? ("phq9", 9) : ("gad7", 7);

    public static TheoryData<string, string, int, string> Answers()
    {
        var data = new TheoryData<string, string, int, string>();
        foreach (var row in Rows.Where(r => r["record_type"] == "answer"))
        {
            foreach (var instrument in new[] { "phq9", "gad7" })
            {
                data.Add(instrument, row["label"], Int(row["min"]), row["answer_loinc"]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Answers))]
    public void Every_answer_scores_its_value_given_as_number_label_or_LOINC_code(string id, string label, int value, string loinc)
    {
        var items = Get(id).Items.Count;
        foreach (var given in new object[] { value, label, loinc, label.ToUpperInvariant() })
        {
            var result = Scored(id, [.. Enumerable.Repeat(given, items)]);

            Assert.Equal(value * items, result.Score);
            Assert.All(result.Answers, a => Assert.Equal(value, a.Value));
        }
    }

    [Fact]
    public void GAD7_item_2_takes_its_LOINC_panel_answer_and_the_usual_one()
    {
        var note = Rows.Single(r => r["record_type"] == "answer" && r["min"] == "2")["notes"];
        var panelCode = note.Split(' ').Single(w => w.StartsWith("LA", StringComparison.Ordinal));

        foreach (var given in new object[] { panelCode, "More days than not", "LA6570-1", "More than half the days", 2 })
        {
            Assert.Equal(2, Scored("gad7", 0, given, 0, 0, 0, 0, 0).Score);
        }
    }

    public static TheoryData<string, string, int, int> Bands()
    {
        var data = new TheoryData<string, string, int, int>();
        foreach (var row in Rows.Where(r => r["record_type"] == "band" && r["instrument"] is "PHQ-9" or "GAD-7"))
        {
            data.Add(row["instrument"], row["label"], Int(row["min"]), Int(row["max"]));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Bands))]
    public void Each_band_holds_its_minimum_and_maximum_total(string instrument, string band, int min, int max)
    {
        var (id, items) = Of(instrument);
        foreach (var total in new[] { min, max })
        {
            var result = Scored(id, Adding(total, items, 0, 3));

            Assert.Equal(total, result.Score);
            Assert.Equal(band, result.Band);
        }
    }

    [Theory]
    [InlineData("PHQ-9")]
    [InlineData("GAD-7")]
    public void The_bands_cover_every_possible_total_once(string instrument)
    {
        var (id, items) = Of(instrument);
        var bands = Rows.Where(r => r["instrument"] == instrument && r["record_type"] == "band").ToList();

        Assert.Equal(0, Int(bands[0]["min"]));
        Assert.Equal(3 * items, Int(bands[^1]["max"]));
        Assert.Equal(Enumerable.Range(0, (3 * items) + 1), bands.SelectMany(b => Enumerable.Range(Int(b["min"]), Int(b["max"]) - Int(b["min"]) + 1)));
        Assert.Equal(bands.Select(b => b["label"]), Get(id).Parts.Single().ScoreBands.Select(b => b.Label));
    }

    [Fact]
    public void GAD7_screens_positive_from_its_published_cut_point()
    {
        var cut = Rows.Single(r => r["instrument"] == "GAD-7" && r["record_type"] == "cutoff");

        Assert.False(Scored("gad7", Adding(Int(cut["min"]) - 1, 7, 0, 3)).Positive);
        Assert.True(Scored("gad7", Adding(Int(cut["min"]), 7, 0, 3)).Positive);
        Assert.True(Scored("gad7", Adding(Int(cut["max"]), 7, 0, 3)).Positive);
        Assert.Empty(Scored("gad7", Adding(21, 7, 0, 3)).Needs);
    }

    [Fact]
    public void PHQ9_screens_positive_from_10_the_cut_point_of_Kroenke_2001()
    {
        var moderate = Rows.Single(r => r["instrument"] == "PHQ-9" && r["label"] == "Moderate");

        Assert.False(Scored("phq9", Adding(Int(moderate["min"]) - 1, 9, 0, 3)).Positive);
        Assert.True(Scored("phq9", Adding(Int(moderate["min"]), 9, 0, 3)).Positive);
    }

    public static TheoryData<int> Item9Answers => [0, 1, 2, 3];

    [Theory]
    [MemberData(nameof(Item9Answers))]
    public void Any_answer_to_PHQ9_item_9_inside_the_flag_range_raises_safeguarding_whatever_the_total(int item9)
    {
        var flag = Rows.Single(r => r["instrument"] == "PHQ-9" && r["record_type"] == "flag");
        var raised = item9 >= Int(flag["min"]) && item9 <= Int(flag["max"]);

        var result = Scored("phq9", 0, 0, 0, 0, 0, 0, 0, 0, item9);

        Assert.Equal(item9, result.Score);
        Assert.Equal(raised, result.Safeguarding is not null);
        if (raised)
        {
            Assert.Equal((9, "/44260-8", (decimal)item9), (result.Safeguarding!.ItemNumber, result.Safeguarding.LinkId, result.Safeguarding.Value));
            Assert.Contains("same-day", result.Safeguarding.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_PHQ9_refused_for_an_unanswered_item_still_raises_the_item_9_alert()
    {
        var outcome = Score("phq9", 0, 0, null, 0, 0, 0, 0, 0, "Several days");

        Assert.Null(outcome.Result);
        Assert.Equal("item 3 (sleep) must be answered: Patient Health Questionnaire-9 (PHQ-9) is not scored with an unanswered item", Assert.Single(outcome.Problems).Message);
        Assert.Equal(("Several days", 1m), (outcome.Safeguarding!.Answer, outcome.Safeguarding.Value));
    }

    [Fact]
    public void An_answer_out_of_range_is_refused_naming_the_item_and_what_it_takes()
    {
        var outcome = Score("phq9", 0, 0, 4, 0, 0, 0, 0, 0, 0);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(3, problem.ItemNumber);
        Assert.StartsWith("item 3 (sleep) must be 0–3, or one of \"Not at all\"", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("(label or LOINC code); got 4", problem.Message, StringComparison.Ordinal);
        Assert.Contains("got \"Sometimes\"", Assert.Single(Score("gad7", 0, "Sometimes", 0, 0, 0, 0, 0).Problems).Message, StringComparison.Ordinal);
        Assert.Equal("Patient Health Questionnaire-9 (PHQ-9) has 9 items; 10 answers were sent", Assert.Single(Score("phq9", [.. Enumerable.Repeat<object?>(0, 10)]).Problems).Message);
    }
}
