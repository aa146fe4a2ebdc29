using Linkwork.Domain.Coding;
using Xunit;
using static Linkwork.Interop.Tests.Measures.InstrumentStandards;

namespace Linkwork.Interop.Tests.Measures;

/// <summary>AHC HRSN (domain by domain) and the Hunger Vital Sign against ahc_hrsn_core.csv and the LOINC tables.</summary>
public sealed class SocialNeedsInstrumentScoringTests
{
    private static readonly IReadOnlyList<IReadOnlyDictionary<string, string>> Ahc = Table("ahc_hrsn_core.csv");

    /// <summary>Every domain answered negatively; a test changes the answers it is about.</summary>
    private static object?[] NoNeeds() => ["LA31993-1", new object?[] { "LA9-3" }, "LA28398-8", "LA28398-8", "LA32-8", "LA32-8", 1, 1, 1, 1];

    private static IReadOnlyDictionary<string, string> Question(int number) => Ahc.Single(r => r["question_no"] == number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The codes and labels a question's rule names before "=>", e.g. "LA31994-9 or LA31995-6".</summary>
    private static string[] PositiveAnswers(int number) =>
        Question(number)["positive_screen_rule"].Split("=>")[0].Replace("on Q3 OR Q4", "", StringComparison.Ordinal).Split(" or ", StringSplitOptions.TrimEntries);

    [Fact]
    public void Every_domain_answered_negatively_screens_negative_with_no_needs()
    {
        var result = Scored("ahc-hrsn", NoNeeds());

        Assert.False(result.Positive);
        Assert.Null(result.Score);
        Assert.Empty(result.Needs);
        Assert.Equal(["living-situation", "food", "transportation", "utilities", "safety"], result.Parts.Select(p => p.Id));
        Assert.All(result.Parts, p => Assert.False(p.Positive));
    }

    [Fact]
    public void Living_situation_screens_positive_on_the_answers_its_rule_names_each_with_its_need()
    {
        var positives = PositiveAnswers(1);
        var needs = new Dictionary<string, SdohCategory> { ["LA31994-9"] = SdohCategory.HousingInstability, ["LA31995-6"] = SdohCategory.Homelessness };
        foreach (var code in Get("ahc-hrsn").Items[0].Options.Select(o => o.Code!))
        {
            var answers = NoNeeds();
            answers[0] = code;

            var result = Scored("ahc-hrsn", answers);

            Assert.Equal(positives.Contains(code), result.Positive);
            Assert.Equal(positives.Contains(code) ? [needs[code]] : [], result.Needs);
        }
    }

    [Fact]
    public void Any_housing_problem_but_none_of_the_above_screens_positive_for_inadequate_housing()
    {
        Assert.StartsWith("any answer other than None of the above", Question(2)["positive_screen_rule"], StringComparison.Ordinal);
        var none = Question(2)["answers (LOINC answer code=label)"].Split('|').Select(a => a.Trim()).Single(a => a.Contains("None of the above", StringComparison.Ordinal)).Split('=')[0];

        foreach (var code in Get("ahc-hrsn").Items[1].Options.Select(o => o.Code!))
        {
            var answers = NoNeeds();
            answers[1] = new object?[] { code };

            var result = Scored("ahc-hrsn", answers);

            Assert.Equal(code != none, result.Parts[0].Positive);
            Assert.Equal(code != none ? [SdohCategory.InadequateHousing] : [], result.Needs);
        }

        var several = NoNeeds();
        several[1] = new object?[] { "LA28580-1", "Water leaks" };
        Assert.True(Scored("ahc-hrsn", several).Positive);
        several[1] = new object?[] { "LA28580-1", none };
        Assert.Equal("item 2 (problems with the place you live): \"None of the above\" cannot be given with other answers", Assert.Single(Score("ahc-hrsn", several).Problems).Message);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void Food_screens_positive_on_often_or_sometimes_true_to_either_question(int question)
    {
        foreach (var label in new[] { "Often true", "Sometimes true", "Never true" })
        {
            var answers = NoNeeds();
            answers[question - 1] = label;

            var result = Scored("ahc-hrsn", answers);

            var positive = PositiveAnswers(3).Contains(label);
            Assert.Equal(positive, result.Parts.Single(p => p.Id == "food").Positive);
            Assert.Equal(positive ? [SdohCategory.FoodInsecurity] : [], result.Needs);
        }
    }

    [Theory]
    [InlineData(5, "transportation", SdohCategory.TransportationInsecurity)]
    [InlineData(6, "utilities", SdohCategory.UtilityInsecurity)]
    public void Transportation_and_utilities_screen_positive_on_the_answers_their_rules_name(int question, string domain, SdohCategory need)
    {
        foreach (var option in Get("ahc-hrsn").Items[question - 1].Options)
        {
            var answers = NoNeeds();
            answers[question - 1] = option.Label;

            var result = Scored("ahc-hrsn", answers);

            var positive = PositiveAnswers(question).Contains(option.Label);
            Assert.Equal(positive, result.Parts.Single(p => p.Id == domain).Positive);
            Assert.Equal(positive ? [need] : [], result.Needs);
        }
    }

    [Fact]
    public void Safety_adds_questions_7_to_10_and_screens_positive_from_11_not_at_10()
    {
        var total = Question(0 + 7)["positive_screen_rule"];
        Assert.Contains(">= 11 (i.e. > 10)", total, StringComparison.Ordinal);
        var (low, high) = Range(Ahc.Single(r => r["question_no"] == "total")["answers (LOINC answer code=label)"]);

        foreach (var (sum, positive) in new[] { (low, false), (10, false), (11, true), (high, true) })
        {
            var answers = NoNeeds();
            Adding(sum, 4, 1, 5).CopyTo(answers, 6);

            var result = Scored("ahc-hrsn", answers);

            var safety = result.Parts.Single(p => p.Id == "safety");
            Assert.Equal((decimal)sum, safety.Score);
            Assert.Equal(positive, safety.Positive);
            Assert.Equal(positive, result.Positive);
            Assert.Equal(positive ? [SdohCategory.IntimatePartnerViolence] : [], result.Needs);
        }
    }

    [Fact]
    public void Safety_answers_are_taken_by_number_label_or_code()
    {
        var scale = Question(7)["answers (LOINC answer code=label)"].Split('|').Select(a => a.Trim().Split('=')).ToList();
        foreach (var (answer, index) in scale.Select((a, i) => (a, i)))
        {
            var label = answer[1][..answer[1].IndexOf('(', StringComparison.Ordinal)];
            var value = Int(answer[1][(answer[1].IndexOf('(', StringComparison.Ordinal) + 1)..^1]);
            var answers = NoNeeds();
            answers[6] = answer[0];
            answers[7] = label;
            answers[8] = value;

            Assert.Equal(index + 1, value);
            Assert.Equal((3 * value) + 1, Scored("ahc-hrsn", answers).Parts.Single(p => p.Id == "safety").Score);
        }
    }

    [Fact]
    public void One_positive_answer_decides_a_domain_but_a_negative_needs_every_item_answered()
    {
        var answers = NoNeeds();
        answers[2] = "Often true";
        answers[3] = null;
        Assert.True(Scored("ahc-hrsn", answers).Parts.Single(p => p.Id == "food").Positive);

        answers[2] = "Never true";
        var refused = Score("ahc-hrsn", answers);
        Assert.Equal("item 4 (food didn't last) must be answered: with no positive answer, the Food screen needs every item answered", Assert.Single(refused.Problems).Message);

        answers = NoNeeds();
        answers[9] = null;
        Assert.Equal(10, Assert.Single(Score("ahc-hrsn", answers).Problems).ItemNumber);
    }

    public static TheoryData<string, string> HvsPairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var first in new[] { "Often true", "Sometimes true", "Never true" })
        {
            foreach (var second in new[] { "Often true", "Sometimes true", "Never true" })
            {
                data.Add(first, second);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HvsPairs))]
    public void The_Hunger_Vital_Sign_is_at_risk_when_either_answer_is_often_or_sometimes_true(string first, string second)
    {
        var panel = Table("sdoh_instrument_loinc_panels.csv").Single(r => r["instrument"] == "Hunger Vital Sign (HVS)");
        Assert.Equal("positive if Often true or Sometimes true to either item", panel["notes"]);
        var risk = panel["key_item_or_score_loinc"];
        var atRisk = first != "Never true" || second != "Never true";

        var result = Scored("hunger-vital-sign", first, second);

        Assert.Equal(atRisk, result.Positive);
        Assert.Equal(atRisk ? "At risk" : "No risk", result.Band);
        var code = result.Parts.Single().BandCode!;
        Assert.Contains($"{code} {result.Band}", risk, StringComparison.Ordinal);
        Assert.Equal(atRisk ? [SdohCategory.FoodInsecurity] : [], result.Needs);
    }

    [Fact]
    public void A_refused_Hunger_Vital_Sign_answer_counts_as_unanswered()
    {
        var refusal = Table("loinc-questionnaire-items-HVS-PRAPARE.csv").First(r => r["linkId"] == "/88122-7")["answer_options"]
            .Split(';').Select(a => a.Trim().Split('=')).Single(a => a[1].StartsWith("Don", StringComparison.Ordinal));

        Assert.True(Scored("hunger-vital-sign", refusal[0], "Sometimes true").Positive);
        var outcome = Score("hunger-vital-sign", "Never true", refusal[1]);
        Assert.Equal(2, Assert.Single(outcome.Problems).ItemNumber);
        Assert.False(Scored("hunger-vital-sign", "LA28398-8", "LA28398-8").Positive);
    }
}
