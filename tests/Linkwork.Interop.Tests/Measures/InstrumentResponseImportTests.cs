using Hl7.Fhir.Model;
using Linkwork.Domain.Coding;
using Linkwork.Domain.Common;
using Linkwork.Interop.Measures;
using Linkwork.Tests;
using Xunit;
using static Linkwork.Interop.Tests.Measures.InstrumentStandards;

namespace Linkwork.Interop.Tests.Measures;

/// <summary>A QuestionnaireResponse from another system imports into our instruments: the IG's Hunger Vital Sign example scores as at risk.</summary>
public sealed class InstrumentResponseImportTests
{
    private static string IgExample => Path.Combine(RepositoryPaths.Standards, "fhir-sdoh-clinicalcare", "stu2-2.0.0-xml", "questionnaireresponse", "SDOHCC-QuestionnaireResponseHungerVitalSignExample.xml");

    [Fact]
    public void The_IG_Hunger_Vital_Sign_response_imports_and_scores_at_risk_as_the_response_itself_says()
    {
        var xml = File.ReadAllText(IgExample);
        var response = FhirParsing.FromXml<QuestionnaireResponse>(xml, "The IG example");
        var instrument = Get("hunger-vital-sign");

        var imported = QuestionnaireResponseImport.From(response, instrument);
        var result = instrument.Score(imported.Answers).Result!;

        // Both questions were answered "Often true" (LA28397-0).
        Assert.All(result.Answers, a => Assert.Equal(["LA28397-0"], a.Codes));
        Assert.True(result.Positive);
        Assert.Equal("At risk", result.Band);
        Assert.Equal([SdohCategory.FoodInsecurity], result.Needs);
        // The response carries its own calculated risk (item /88124-3): we score it ourselves and agree with it.
        var theirs = Assert.IsType<Coding>(response.Item.Single(i => i.LinkId == "/88124-3").Answer.Single().Value);
        Assert.Equal(theirs.Code, result.Parts.Single().BandCode);
        Assert.Equal(["/88124-3"], imported.UnmatchedLinkIds);
    }

    [Fact]
    public void Items_are_matched_by_the_LOINC_code_in_another_forms_link_ids_and_never_answered_ones_stay_unanswered()
    {
        var response = new QuestionnaireResponse
        {
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            Item =
            [
                new() { LinkId = "hvs/88123-5", Answer = [new() { Value = new Coding("http://loinc.org", "LA28398-8") }] },
                new() { LinkId = "/88122-7" },
            ],
        };

        var imported = QuestionnaireResponseImport.From(response, Get("hunger-vital-sign"));
        var outcome = Get("hunger-vital-sign").Score(imported.Answers);

        Assert.Empty(imported.UnmatchedLinkIds);
        Assert.Equal("item 1 (worried food would run out) must be answered: with no positive answer, the Food insecurity risk screen needs every item answered", Assert.Single(outcome.Problems).Message);
    }

    [Fact]
    public void A_PHQ9_response_with_integer_and_coded_answers_imports_and_names_a_wrong_answer()
    {
        var phq9 = Get("phq9");
        var response = new QuestionnaireResponse
        {
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            Item = [.. phq9.Items.Select((item, i) => new QuestionnaireResponse.ItemComponent
            {
                LinkId = item.LinkId,
                Answer = [new() { Value = i == 8 ? new Coding("http://loinc.org", "LA6570-1") : new Integer(1) }],
            })],
        };

        var result = phq9.Score(QuestionnaireResponseImport.From(response, phq9).Answers).Result!;
        Assert.Equal(10, result.Score);
        Assert.Equal(2, result.Safeguarding!.Value);

        response.Item[2].Answer[0].Value = new Quantity(2, "d");
        var refused = phq9.Score(QuestionnaireResponseImport.From(response, phq9).Answers);
        Assert.EndsWith("got \"(a Quantity)\"", Assert.Single(refused.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_response_that_is_not_FHIR_is_refused()
    {
        var xml = File.ReadAllText(IgExample).Replace("<status value=\"completed\"/>", "<status value=\"finished\"/>", StringComparison.Ordinal);

        Assert.Throws<DomainRuleException>(() => QuestionnaireResponseImport.FromXml(xml, Get("hunger-vital-sign")));
    }
}
