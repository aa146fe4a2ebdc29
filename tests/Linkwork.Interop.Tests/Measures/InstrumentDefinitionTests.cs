using System.Text.Json;
using Hl7.Fhir.FhirPath;
using Hl7.Fhir.Model;
using Hl7.Fhir.Validation;
using Linkwork.Domain.Common;
using Linkwork.Interop.Measures;
using Xunit;
using static Linkwork.Interop.Tests.Measures.InstrumentStandards;

namespace Linkwork.Interop.Tests.Measures;

/// <summary>Every built-in definition is a valid FHIR R4 Questionnaire, carries the standards' LOINC codes and cites a source for every threshold.</summary>
public sealed class InstrumentDefinitionTests
{
    private static readonly string[] Ids = ["ahc-hrsn", "djg6", "gad7", "hunger-vital-sign", "ons4", "phq9", "swemwbs", "ucla3", "wemwbs"];

    public static TheoryData<string> All => [.. Ids];

    private static string Json(string id) => Instruments.Find(id)!.QuestionnaireJson;

    private static Questionnaire Questionnaire(string id) => FhirParsing.FromJson<Questionnaire>(Json(id), id);

    [Fact]
    public void The_nine_instruments_of_the_issue_are_built_in()
    {
        Assert.Equal(Ids, Instruments.All.Select(d => d.Instrument.Id));
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Each_parses_strictly_as_a_valid_FHIR_R4_Questionnaire_and_keeps_its_invariants(string id)
    {
        var questionnaire = Questionnaire(id);

        // Element-level rules of the R4 model (cardinality, required elements, value formats).
        Assert.Empty(questionnaire.Validate());
        Assert.Equal(id, questionnaire.Id);
        Assert.Equal($"https://linkwork.org/fhir/Questionnaire/{id}", questionnaire.Url);
        Assert.Equal(PublicationStatus.Active, questionnaire.Status);
        // The Questionnaire invariants that can break in these files: que-2 (link ids unique), que-5 (answers only on
        // choice items), que-4 (answerOption and answerValueSet not both), que-9 (no readOnly on displays).
        Assert.True(questionnaire.IsTrue("descendants().linkId.isDistinct()"));
        Assert.True(questionnaire.IsTrue("descendants().where(answerOption.exists()).all(type = 'choice' or type = 'open-choice')"));
        Assert.True(questionnaire.IsTrue("descendants().all(answerOption.empty() or answerValueSet.empty())"));
        Assert.True(questionnaire.IsTrue("descendants().where(type = 'display').all(readOnly.empty())"));
    }

    [Fact]
    public void A_definition_that_is_not_FHIR_is_refused_naming_it()
    {
        var broken = Json("ucla3").Replace("\"status\": \"active\"", "\"status\": \"active\", \"colour\": \"blue\"", StringComparison.Ordinal);

        var refused = Assert.Throws<DomainRuleException>(() => FhirParsing.FromJson<Questionnaire>(broken, "ucla3.json"));
        Assert.Contains("ucla3.json is not a valid FHIR R4 Questionnaire", refused.Message, StringComparison.Ordinal);

        // The model check above has teeth: a Questionnaire without its required status fails it.
        var statusless = Questionnaire("ucla3");
        statusless.Status = null;
        Assert.NotEmpty(statusless.Validate());
    }

    [Fact]
    public void A_band_without_a_source_stops_the_definition_from_loading()
    {
        var questionnaire = Questionnaire("ucla3");
        var band = questionnaire.GetExtension(InstrumentExtensions.Scoring)!.GetExtension("part")!.GetExtension("band")!;
        band.Extension.RemoveAll(e => e.Url == "source");

        var refused = Assert.Throws<DomainRuleException>(() => QuestionnaireInstrumentMapper.Map(questionnaire));
        Assert.Contains("ucla3 part total band", refused.Message, StringComparison.Ordinal);
        Assert.Contains("no source", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Every_threshold_table_and_missing_answer_rule_cites_its_source(string id)
    {
        var instrument = Get(id);

        Assert.False(string.IsNullOrWhiteSpace(instrument.Source));
        foreach (var part in instrument.Parts)
        {
            Assert.All(part.ScoreBands, b => Assert.True(b.Source.Length > 20, $"{id} {part.Id} band {b.Label}"));
            Assert.True(part.Positive is null || part.Positive.Source.Length > 20, $"{id} {part.Id} positive rule");
            Assert.True(part.Conversion is null || part.Conversion.Source.Length > 20, $"{id} {part.Id} conversion table");
            Assert.True(part.MeaningfulChange is null || part.MeaningfulChange.Source.Length > 20, $"{id} {part.Id} meaningful change");
            Assert.True(part.Missing.Description.Length > 20, $"{id} {part.Id} missing-answer rule");
        }

        Assert.True(instrument.Safeguarding is null || instrument.Safeguarding.Source.Length > 20);
    }

    public static TheoryData<string, int, string> LoincItems()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var row in Table("ahc_hrsn_core.csv").Where(r => int.TryParse(r["question_no"], out _)))
        {
            data.Add("ahc-hrsn", Int(row["question_no"]), row["item_loinc"]);
        }

        var hvs = Table("loinc-questionnaire-items-HVS-PRAPARE.csv").Where(r => r["instrument"].StartsWith("HVS", StringComparison.Ordinal) && r["type"] == "choice" && r["linkId"] != "/88124-3");
        foreach (var (row, index) in hvs.Select((r, i) => (r, i)))
        {
            data.Add("hunger-vital-sign", index + 1, row["loinc_code"]);
        }

        foreach (var row in Table("phq9_gad7_loinc.csv").Where(r => int.TryParse(r["item_no"], out _)))
        {
            data.Add(row["instrument"] == "PHQ-9" ? "phq9" : "gad7", Int(row["item_no"]), row["item_loinc"]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LoincItems))]
    public void Every_item_the_standards_code_in_LOINC_carries_its_code(string id, int number, string loinc)
    {
        var item = Questionnaire(id).Item[number - 1];

        Assert.Contains(item.Code, c => c.System == "http://loinc.org" && c.Code == loinc);
        Assert.Equal(loinc, Get(id).Items[number - 1].Loinc);
    }

    [Fact]
    public void The_panels_and_scores_carry_the_standards_LOINC_codes()
    {
        var panels = Table("sdoh_instrument_loinc_panels.csv").ToDictionary(r => r["instrument"], r => r["panel_loinc"]);

        Assert.Equal(panels["AHC HRSN screening tool (core 10 items)"], Get("ahc-hrsn").PanelLoinc);
        Assert.Equal(panels["Hunger Vital Sign (HVS)"], Get("hunger-vital-sign").PanelLoinc);
        Assert.Equal(panels["PHQ-9"], Get("phq9").PanelLoinc);
        Assert.Equal(panels["GAD-7"], Get("gad7").PanelLoinc);
        var totals = Table("phq9_gad7_loinc.csv").Where(r => r["item_no"] == "total").ToDictionary(r => r["instrument"], r => r["item_loinc"]);
        Assert.Equal(totals["PHQ-9"], Get("phq9").Parts.Single().Loinc);
        Assert.Equal(totals["GAD-7"], Get("gad7").Parts.Single().Loinc);
        Assert.Equal(Table("ahc_hrsn_core.csv").Single(r => r["question_no"] == "total")["item_loinc"], Get("ahc-hrsn").Parts.Single(p => p.Id == "safety").Loinc);
        Assert.Equal("88124-3", Get("hunger-vital-sign").Parts.Single().Loinc);
    }

    [Fact]
    public void The_AHC_answers_carry_the_standards_LOINC_answer_codes()
    {
        var instrument = Get("ahc-hrsn");
        foreach (var row in Table("ahc_hrsn_core.csv").Where(r => int.TryParse(r["question_no"], out _)))
        {
            var codes = row["answers (LOINC answer code=label)"].Split('|').Select(a => a.Split('=')[0].Trim()).Where(c => c.StartsWith("LA", StringComparison.Ordinal)).ToList();
            var item = instrument.Items[Int(row["question_no"]) - 1];
            // Questions 8-10 say "same 1-5 scale" as question 7.
            var expected = codes.Count > 0 ? codes : instrument.Items[6].Options.Select(o => o.Code!).ToList();
            Assert.Equal(expected.Order(), item.Options.Select(o => o.Code!).Order());
        }
    }

    [Fact]
    public void The_licensed_WEMWBS_wording_is_not_shipped_only_the_short_labels()
    {
        var items = Table("wemwbs_swemwbs_items.csv");
        var wemwbs = Get("wemwbs");
        var swemwbs = Get("swemwbs");

        Assert.True(wemwbs.WordingLicensed && swemwbs.WordingLicensed);
        Assert.Equal(items.Select(r => r["short_label"]), wemwbs.Items.Select(i => i.ShortLabel));
        Assert.Equal(items.Where(r => r["in_swemwbs"] == "Y").OrderBy(r => Int(r["swemwbs_item_no"])).Select(r => r["short_label"]), swemwbs.Items.Select(i => i.ShortLabel));
        Assert.All(wemwbs.Items.Concat(swemwbs.Items), i => Assert.Null(i.Text));
        Assert.All(Questionnaire("wemwbs").Item.Concat(Questionnaire("swemwbs").Item), i => Assert.Null(i.Text));
        Assert.All(Instruments.All.Where(d => !d.Instrument.WordingLicensed).SelectMany(d => d.Instrument.Items), i => Assert.False(string.IsNullOrWhiteSpace(i.Text)));
    }

    [Fact]
    public void A_programme_supplies_licensed_wording_separately_and_scoring_does_not_change()
    {
        var shipped = Get("swemwbs");
        var worded = shipped.WithWording(new Dictionary<string, string> { ["swemwbs-1"] = "Programme's licensed wording of item one" });

        Assert.Equal("Programme's licensed wording of item one", worded.Items[0].Text);
        Assert.Null(shipped.Items[0].Text);
        var answers = Enumerable.Repeat(Input(3), 7).ToList();
        Assert.Equal(shipped.Score(answers).Result!.Score, worded.Score(answers).Result!.Score);
        Assert.Throws<DomainRuleException>(() => shipped.WithWording(new Dictionary<string, string> { ["wemwbs-1"] = "Wrong instrument" }));
    }

    [Fact]
    public void Every_definition_file_is_embedded_and_named_by_its_id()
    {
        var names = typeof(BuiltInInstruments).Assembly.GetManifestResourceNames().Where(n => n.StartsWith("Measures.Questionnaires.", StringComparison.Ordinal));

        Assert.Equal(Ids.Select(id => $"Measures.Questionnaires.{id}.json"), names.Order(StringComparer.Ordinal));
        Assert.All(Ids, id => Assert.Equal(id, JsonDocument.Parse(Json(id)).RootElement.GetProperty("id").GetString()));
    }
}
