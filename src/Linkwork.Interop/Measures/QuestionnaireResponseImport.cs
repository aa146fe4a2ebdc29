using Hl7.Fhir.Model;
using Linkwork.Domain.Measures;

namespace Linkwork.Interop.Measures;

/// <summary>
/// Turns a FHIR QuestionnaireResponse from another system (an EHR's Hunger Vital Sign, say) into answers for one of
/// our instruments. Its items are matched by link id, or by the LOINC code another form built its link ids from
/// ("/88122-7"), since another system's Questionnaire is rarely ours. Items we do not score (a calculated "at risk"
/// answer) are listed, not guessed at: we score the answers ourselves.
/// </summary>
public static class QuestionnaireResponseImport
{
    public static ImportedAnswers FromXml(string xml, Instrument instrument) => From(FhirParsing.FromXml<QuestionnaireResponse>(xml, "The QuestionnaireResponse"), instrument);

    public static ImportedAnswers FromJson(string json, Instrument instrument) => From(FhirParsing.FromJson<QuestionnaireResponse>(json, "The QuestionnaireResponse"), instrument);

    public static ImportedAnswers From(QuestionnaireResponse response, Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(instrument);
        var answers = instrument.Items.ToDictionary(i => i.LinkId, _ => AnswerInput.None, StringComparer.Ordinal);
        var unmatched = new List<string>();
        foreach (var given in Flatten(response.Item).Where(i => i.Answer.Count > 0))
        {
            if (Match(instrument, given.LinkId) is { } item)
            {
                answers[item.LinkId] = given.Answer.Count == 1 ? Read(given.Answer[0].Value) : AnswerInput.Of(given.Answer.Select(a => Read(a.Value)));
            }
            else
            {
                unmatched.Add(given.LinkId ?? "(no link id)");
            }
        }

        return new ImportedAnswers([.. instrument.Items.Select(i => answers[i.LinkId])], unmatched);
    }

    private static InstrumentItem? Match(Instrument instrument, string? linkId)
    {
        if (linkId is null)
        {
            return null;
        }

        return instrument.Items.FirstOrDefault(i => i.LinkId == linkId)
            ?? instrument.Items.FirstOrDefault(i => i.Loinc is not null && linkId.Split('/').LastOrDefault() == i.Loinc);
    }

    private static IEnumerable<QuestionnaireResponse.ItemComponent> Flatten(IEnumerable<QuestionnaireResponse.ItemComponent> items) =>
        items.SelectMany(i => Flatten(i.Item).Concat(i.Answer.SelectMany(a => Flatten(a.Item))).Prepend(i));

    private static AnswerInput Read(DataType? value) => value switch
    {
        Coding coding when coding.Code is not null => AnswerInput.Of(coding.Code),
        Coding coding when coding.Display is not null => AnswerInput.Of(coding.Display),
        FhirString { Value: { } text } => AnswerInput.Of(text),
        Integer { Value: { } number } => AnswerInput.Of(number),
        FhirDecimal { Value: { } number } => AnswerInput.Of(number),
        FhirBoolean { Value: { } flag } => AnswerInput.Of(flag ? "Yes" : "No"),
        null => AnswerInput.None,
        // An answer of a kind no instrument takes is passed on as such, so scoring names the item it was given for.
        _ => AnswerInput.Of($"(a {value.TypeName})"),
    };
}

/// <summary>Answers in the instrument's item order, and the response's link ids that matched none of its items.</summary>
public sealed record ImportedAnswers(IReadOnlyList<AnswerInput> Answers, IReadOnlyList<string> UnmatchedLinkIds);
