using Linkwork.Domain.Coding;
using Linkwork.Domain.Common;
using Linkwork.Domain.Measures;
using Xunit;

namespace Linkwork.Domain.Tests.Measures;

/// <summary>
/// How the scorer reads answers and applies each kind of rule, on a small instrument made here. The published
/// instruments are tested against their tables in Linkwork.Interop.Tests; this is the machinery under them.
/// </summary>
public sealed class InstrumentEngineTests
{
    private const string Cited = "Made up for this test";

    private static readonly AnswerOption[] Frequency =
    [
        new("LA-0", "Never", 0), new("LA-1", "Some days", 1), new("LA-2", "Most days", 2, Aliases: ["More days than not"]),
        new("LA-X", "Don't know", null, CountsAsUnanswered: true),
    ];

    private static InstrumentItem Choice(int number) => new(number, $"q{number}", null, $"question {number}", $"Question {number}?", ItemKind.Choice, Frequency);

    /// <summary>A three-item scale (each 0–2, total 0–6, High 3–6 positive) unless a test says otherwise; its first part is the primary one.</summary>
    private static Instrument Make(
        IReadOnlyList<ScoredPart>? parts = null, IReadOnlyList<InstrumentItem>? items = null, SafeguardingRule? safeguarding = null)
    {
        parts ??= [new ScoredPart("total", "Total", PartMethod.Sum, ["q1", "q2", "q3"], MissingAnswerRule.Refuse("None published"),
            Bands: [new ScoreBand("Low", 0, 2, Cited), new ScoreBand("High", 3, 6, Cited)], Positive: new PositiveRule(Cited, 3, 6), Need: SdohCategory.Stress)];
        return new("test", "Test scale", items ?? [Choice(1), Choice(2), Choice(3)], parts, parts[0].Id, safeguarding, wordingLicensed: false, Cited);
    }

    private static ScoringOutcome Score(Instrument instrument, params object?[] answers) => instrument.Score([.. answers.Select(Input)]);

    private static AnswerInput Input(object? answer) => answer switch
    {
        null => AnswerInput.None,
        int number => AnswerInput.Of(number),
        string text => AnswerInput.Of(text),
        object?[] many => AnswerInput.Of(many.Select(Input)),
        _ => throw new ArgumentException("Not an answer", nameof(answer)),
    };

    [Fact]
    public void Answers_are_read_by_value_code_label_or_alias_ignoring_case_spaces_and_curly_apostrophes()
    {
        var result = Score(Make(), 2, " la-1 ", "more DAYS than not").Result!;

        Assert.Equal(5, result.Score);
        Assert.Equal(("High", true), (result.Band, result.Positive));
        Assert.Equal([SdohCategory.Stress], result.Needs);
        Assert.Equal(["Most days", "Some days", "Most days"], result.Answers.Select(a => a.Labels.Single()));
        Assert.Null(Score(Make(), "don\u2019t know", 0, 0).Result);
    }

    [Fact]
    public void A_band_edge_and_the_positive_edge_fall_where_the_definition_puts_them()
    {
        Assert.Equal(("Low", false), (Score(Make(), 1, 1, 0).Result!.Band, Score(Make(), 1, 1, 0).Result!.Positive));
        Assert.Equal(("High", true), (Score(Make(), 1, 1, 1).Result!.Band, Score(Make(), 1, 1, 1).Result!.Positive));
        Assert.Empty(Score(Make(), 0, 0, 0).Result!.Needs);
    }

    [Fact]
    public void A_number_is_refused_where_the_answers_values_do_not_tell_them_apart()
    {
        var yesNo = new InstrumentItem(1, "q1", null, "agree", "Agree?", ItemKind.Choice, [new("Y", "Yes", 1), new("M", "More or less", 1), new("N", "No", 0)]);
        var instrument = Make([new ScoredPart("total", "Total", PartMethod.Sum, ["q1"], MissingAnswerRule.Refuse("None published"))], [yesNo]);

        Assert.False(yesNo.TakesNumbers);
        Assert.Equal("item 1 (agree) must be one of \"Yes\", \"More or less\", \"No\" (label or LOINC code); got 1", Score(instrument, 1).Problems.Single().Message);
        Assert.Equal(1, Score(instrument, "More or less").Result!.Score);
    }

    [Fact]
    public void Don_t_know_counts_as_unanswered_and_the_refusal_names_each_unanswered_item()
    {
        var outcome = Score(Make(), "Don't know", 1, null);

        Assert.Null(outcome.Result);
        Assert.Equal(
            ["item 1 (question 1) must be answered: Test scale is not scored with an unanswered item", "item 3 (question 3) must be answered: Test scale is not scored with an unanswered item"],
            outcome.Problems.Select(p => p.Message));
        Assert.Equal([1, 3], outcome.Problems.Select(p => p.ItemNumber!.Value));
    }

    [Fact]
    public void Within_its_limit_a_part_adds_the_answered_items_and_a_subscale_can_go_unscored_alone()
    {
        var instrument = Make(
        [
            new ScoredPart("total", "Total", PartMethod.Sum, ["q1", "q2", "q3"], new MissingAnswerRule(1, false, "One may be missing")),
            new ScoredPart("first-two", "First two", PartMethod.Sum, ["q1", "q2"], new MissingAnswerRule(0, true, "Unscored when any is missing")),
        ]);

        var one = Score(instrument, 2, null, 2).Result!;
        Assert.Equal(4, one.Score);
        Assert.Equal((false, (decimal?)null), (one.Parts[1].Scored, one.Parts[1].Score));

        var two = Score(instrument, null, null, 2);
        Assert.Equal(["item 1 (question 1) must be answered: Test scale is scored with at most 1 unanswered item", "item 2 (question 2) must be answered: Test scale is scored with at most 1 unanswered item"],
            two.Problems.Select(p => p.Message));
    }

    [Fact]
    public void An_either_or_screen_is_decided_by_one_positive_answer_but_a_negative_needs_them_all()
    {
        var worry = new AnswerOption[] { new("P", "Often", null, Positive: true, Need: SdohCategory.FoodInsecurity), new("N", "Never", null), new("DK", "Don't know", null, CountsAsUnanswered: true) };
        var items = new[] { new InstrumentItem(1, "a", null, "first", "First?", ItemKind.Choice, worry), new InstrumentItem(2, "b", null, "second", "Second?", ItemKind.Choice, worry) };
        var instrument = Make([new ScoredPart("either", "Either", PartMethod.AnyPositiveAnswer, ["a", "b"], MissingAnswerRule.Refuse("Linkwork's rule"),
            Positive: new PositiveRule(Cited, Label: "At risk", Code: "R", NegativeLabel: "No risk", NegativeCode: "NR"), Need: SdohCategory.SdohCategoryUnspecified)], items);

        var positive = Score(instrument, null, "Often").Result!;
        Assert.Equal(("At risk", true, SdohCategory.FoodInsecurity), (positive.Band, positive.Positive, positive.Needs.Single()));
        Assert.Equal(("No risk", "NR"), (Score(instrument, "Never", "N").Result!.Band, Score(instrument, "Never", "N").Result!.Parts[0].BandCode));
        Assert.Equal(2, Score(instrument, "Never", "Don't know").Problems.Single().ItemNumber);
    }

    [Fact]
    public void A_choose_all_item_takes_several_answers_but_not_an_exclusive_one_beside_others()
    {
        var problems = new AnswerOption[] { new("M", "Mould", null, Positive: true), new("L", "Leaks", null, Positive: true), new("None", "None of these", null, Exclusive: true) };
        var item = new InstrumentItem(1, "p", null, "problems", "Problems?", ItemKind.Choice, problems, Repeats: true);
        var instrument = Make([new ScoredPart("home", "Home", PartMethod.AnyPositiveAnswer, ["p"], MissingAnswerRule.Refuse("Linkwork's rule"), Positive: new PositiveRule(Cited))], [item]);

        Assert.Equal(["Mould", "Leaks"], Score(instrument, (object)new object?[] { "M", "Leaks", "mould" }).Result!.Answers[0].Labels);
        Assert.False(Score(instrument, (object)new object?[] { "None of these" }).Result!.Positive);
        Assert.Equal("item 1 (problems): \"None of these\" cannot be given with other answers", Score(instrument, (object)new object?[] { "M", "None" }).Problems.Single().Message);
        Assert.Equal("item 1 (question 1) takes one answer; got 2", Score(Make(), new object?[] { 1, 2 }, 0, 0).Problems.Single().Message);
    }

    [Fact]
    public void The_safeguarding_rule_is_checked_even_when_the_score_is_refused()
    {
        var instrument = Make(safeguarding: new SafeguardingRule("q3", 1, "Act today", Cited));

        var refused = Score(instrument, null, 0, "Some days");
        Assert.Null(refused.Result);
        Assert.Equal((3, "Some days", "Act today"), (refused.Safeguarding!.ItemNumber, refused.Safeguarding.Answer, refused.Safeguarding.Message));
        Assert.Null(Score(instrument, 2, 2, 0).Safeguarding);
        Assert.NotNull(Score(instrument, 0, 0, 2).Result!.Safeguarding);
    }

    [Fact]
    public void A_conversion_table_converts_the_raw_sum_and_must_cover_every_raw_score()
    {
        var table = new ConversionTable(Enumerable.Range(0, 7).ToDictionary(raw => raw, raw => raw * 1.5m), Cited);
        var converted = Make([new ScoredPart("total", "Total", PartMethod.Sum, ["q1", "q2", "q3"], MissingAnswerRule.Refuse("None published"), Conversion: table)]);

        Assert.Equal((6m, 4m), (Score(converted, 2, 2, 0).Result!.Score!.Value, Score(converted, 2, 2, 0).Result!.RawScore!.Value));
        var gap = new ConversionTable(Enumerable.Range(0, 6).ToDictionary(raw => raw, raw => (decimal)raw), Cited);
        var refused = Assert.Throws<DomainRuleException>(() => Make([new ScoredPart("total", "Total", PartMethod.Sum, ["q1", "q2", "q3"], MissingAnswerRule.Refuse("None published"), Conversion: gap)]));
        Assert.Contains("must cover every raw score 0–6", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_definition_that_contradicts_itself_is_refused_when_it_is_made()
    {
        var overlapping = new ScoredPart("total", "Total", PartMethod.Sum, ["q1", "q2", "q3"], MissingAnswerRule.Refuse("None published"),
            Bands: [new ScoreBand("Low", 0, 3, Cited), new ScoreBand("High", 3, 6, Cited)]);
        var uncited = new ScoredPart("total", "Total", PartMethod.Sum, ["q1", "q2", "q3"], MissingAnswerRule.Refuse("None published"), Positive: new PositiveRule(" ", 3));
        var unknownItem = new ScoredPart("total", "Total", PartMethod.Sum, ["q1", "q9"], MissingAnswerRule.Refuse("None published"));

        Assert.Contains("bands of part 'total' overlap", Assert.Throws<DomainRuleException>(() => Make([overlapping])).Message, StringComparison.Ordinal);
        Assert.Contains("without a source", Assert.Throws<DomainRuleException>(() => Make([uncited])).Message, StringComparison.Ordinal);
        Assert.Contains("names items the instrument does not have", Assert.Throws<DomainRuleException>(() => Make([unknownItem])).Message, StringComparison.Ordinal);
        Assert.Contains("safeguarding rule names no item", Assert.Throws<DomainRuleException>(() => Make(safeguarding: new SafeguardingRule("q9", 1, "Act", Cited))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wording_is_supplied_separately_by_link_id_and_an_unknown_item_is_refused()
    {
        var worded = Make().WithWording(new Dictionary<string, string> { ["q2"] = "  Our licensed wording  " });

        Assert.Equal("Our licensed wording", worded.Items[1].Text);
        Assert.Equal("Question 1?", worded.Items[0].Text);
        Assert.Contains("has no item q7", Assert.Throws<DomainRuleException>(() => Make().WithWording(new Dictionary<string, string> { ["q7"] = "x" })).Message, StringComparison.Ordinal);
    }
}
