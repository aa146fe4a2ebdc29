using System.Collections.Concurrent;
using System.Globalization;
using Hl7.Fhir.Model;
using Linkwork.Domain.Measures;
using Linkwork.Interop.Measures;

namespace Linkwork.Interop.Fhir;

/// <summary>
/// A completed questionnaire as an Observation (the instrument's LOINC panel code and its score, the band as the
/// interpretation) and a QuestionnaireResponse (each answer against the built-in Questionnaire's canonical, coded as
/// that Questionnaire codes it). Both share the administration's id; the Observation is derived from the response.
/// </summary>
public static class MeasureMapper
{
    private const string Loinc = "http://loinc.org";

    private static readonly ConcurrentDictionary<string, Questionnaire> Questionnaires = new(StringComparer.Ordinal);

    public static Observation Observation(MeasureFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var instrument = facts.Instrument.Instrument;
        var observation = new Observation
        {
            Id = facts.Id.ToString(),
            Meta = FhirReferences.Meta(facts.Version, facts.CompletedAt),
            Status = ObservationStatus.Final,
            Category = [FhirReferences.Concept("http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey")],
            Code = instrument.PanelLoinc is { } panel
                ? FhirReferences.Concept(Loinc, panel, instrument.Title, instrument.Title)
                : new CodeableConcept { Text = instrument.Title },
            Subject = FhirReferences.To("Patient", facts.PersonId, facts.PersonName),
            Effective = FhirReferences.DateTime(facts.CompletedAt),
            Issued = facts.CompletedAt.ToUniversalTime(),
            DerivedFrom = [FhirReferences.To("QuestionnaireResponse", facts.Id)],
        };
        if (facts.Score is { } score)
        {
            observation.Value = new Quantity { Value = score, Unit = "{score}", System = "http://unitsofmeasure.org", Code = "{score}" };
        }
        else
        {
            // Instruments that report their parts side by side (AHC HRSN, ONS4) have no one score to give.
            observation.DataAbsentReason = FhirReferences.Concept("http://terminology.hl7.org/CodeSystem/data-absent-reason", "not-applicable", "Not Applicable");
        }

        if (facts.Band is { } band)
        {
            observation.Interpretation.Add(new CodeableConcept { Text = band });
        }

        return observation;
    }

    public static QuestionnaireResponse QuestionnaireResponse(MeasureFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var questionnaire = QuestionnaireOf(facts.Instrument);
        var instrument = facts.Instrument.Instrument;
        var response = new QuestionnaireResponse
        {
            Id = facts.Id.ToString(),
            Meta = FhirReferences.Meta(facts.Version, facts.CompletedAt),
            Questionnaire = questionnaire.Version is { } version ? $"{questionnaire.Url}|{version}" : questionnaire.Url,
            Status = Hl7.Fhir.Model.QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            Subject = FhirReferences.To("Patient", facts.PersonId, facts.PersonName),
            AuthoredElement = FhirReferences.DateTime(facts.CompletedAt),
        };
        foreach (var (item, index) in instrument.Items.Select((item, index) => (item, index)))
        {
            var given = index < facts.Answers.Count ? facts.Answers[index] : null;
            var component = new QuestionnaireResponse.ItemComponent { LinkId = item.LinkId, Text = item.Text ?? item.ShortLabel };
            // A choose-all item keeps each chosen answer on its own line: each is an answer of its own.
            foreach (var part in KeptAnswers.Parts(given))
            {
                if (Answer(item, part, Coded(questionnaire, item.LinkId)) is { } value)
                {
                    component.Answer.Add(new QuestionnaireResponse.AnswerComponent { Value = value });
                }
            }

            response.Item.Add(component);
        }

        return response;
    }

    /// <summary>
    /// An answer as it was given (a number, a label or a code), read back the way the item reads it: an option is
    /// given as the Questionnaire codes it, a number on an integer item as an integer, anything else as the text given.
    /// </summary>
    private static DataType Answer(InstrumentItem item, string given, IReadOnlyList<Coding> codings)
    {
        if (item.Kind == ItemKind.Integer && int.TryParse(given, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return new Integer(number);
        }

        var option = item.Options.FirstOrDefault(o => o.IsNamed(given))
            ?? (item.TakesNumbers && decimal.TryParse(given, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
                ? item.Options.FirstOrDefault(o => o.Value == value)
                : null);
        if (option is null)
        {
            return new FhirString(given);
        }

        return codings.FirstOrDefault(c => option.Code is not null && c.Code == option.Code) is { } coding
            ? new Coding(coding.System, coding.Code, coding.Display)
            : new Coding { Display = option.Label, Code = option.Code };
    }

    private static List<Coding> Coded(Questionnaire questionnaire, string linkId) =>
        Flatten(questionnaire.Item).FirstOrDefault(i => i.LinkId == linkId)?.AnswerOption.Select(o => o.Value).OfType<Coding>().ToList() ?? [];

    private static IEnumerable<Questionnaire.ItemComponent> Flatten(IEnumerable<Questionnaire.ItemComponent> items) =>
        items.SelectMany(i => Flatten(i.Item).Prepend(i));

    private static Questionnaire QuestionnaireOf(InstrumentDefinition definition) =>
        Questionnaires.GetOrAdd(definition.Instrument.Id, _ => FhirParsing.FromJson<Questionnaire>(definition.QuestionnaireJson, definition.Instrument.Id));
}
