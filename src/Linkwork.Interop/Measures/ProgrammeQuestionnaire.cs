using Hl7.Fhir.Model;
using Linkwork.Domain.Common;
using Linkwork.Domain.Measures;

namespace Linkwork.Interop.Measures;

/// <summary>
/// Reads a Questionnaire a programme loaded. For a built-in id only the items' text is taken (the licensed (S)WEMWBS
/// words, a translation): the published scoring cannot be changed by a programme. Any other id is the programme's own
/// instrument and must carry Linkwork's scoring extensions, checked as strictly as the built-ins.
/// </summary>
public static class ProgrammeQuestionnaire
{
    public static Instrument Read(string id, string json, Instrument? builtIn)
    {
        var questionnaire = FhirParsing.FromJson<Questionnaire>(json, "The Questionnaire");
        if (questionnaire.Id != id)
        {
            throw new DomainRuleException($"The Questionnaire's id is '{questionnaire.Id}', but it is being loaded as '{id}': they must be the same.");
        }

        if (builtIn is null)
        {
            return QuestionnaireInstrumentMapper.Map(questionnaire);
        }

        var worded = questionnaire.Item.Where(item => !string.IsNullOrWhiteSpace(item.Text)).ToList();
        if (worded.Any(item => string.IsNullOrWhiteSpace(item.LinkId)))
        {
            throw new DomainRuleException("Every item of the Questionnaire needs a linkId, to say which of the instrument's items its text is for.");
        }

        if (worded.GroupBy(item => item.LinkId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new DomainRuleException($"The Questionnaire gives the linkId '{twice.Key}' more than once.");
        }

        var wording = worded.ToDictionary(item => item.LinkId!, item => item.Text!, StringComparer.Ordinal);
        return wording.Count == 0
            ? throw new DomainRuleException($"The Questionnaire gives no item text: loaded under the built-in id '{id}', it supplies the wording of {builtIn.Title}'s items by linkId.")
            : builtIn.WithWording(wording);
    }
}
