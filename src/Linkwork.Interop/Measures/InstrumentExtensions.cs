namespace Linkwork.Interop.Measures;

/// <summary>
/// Where a Questionnaire carries Linkwork's scoring facts. Values of answers use FHIR's own ordinalValue, exclusive
/// answers its questionnaire-optionExclusive and integer ranges its minValue/maxValue; what FHIR R4 has no element for
/// (parts, bands, positive rules, conversion tables, missing-answer rules, sources) sits in Linkwork's extensions.
/// </summary>
public static class InstrumentExtensions
{
    public const string Base = "https://linkwork.org/fhir/StructureDefinition/";

    /// <summary>On the Questionnaire: parts, their bands and rules, the safeguarding rule, sources.</summary>
    public const string Scoring = Base + "instrument-scoring";

    /// <summary>On an item: the short label shown and used in errors, where the wording is long or licensed.</summary>
    public const string ShortLabel = Base + "item-short-label";

    /// <summary>On an answer option: positive, the need it points to, counts as unanswered, other names taken for it.</summary>
    public const string AnswerScoring = Base + "answer-scoring";

    public const string OrdinalValue = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
    public const string OptionExclusive = "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive";
    public const string MinValue = "http://hl7.org/fhir/StructureDefinition/minValue";
    public const string MaxValue = "http://hl7.org/fhir/StructureDefinition/maxValue";

    public const string Loinc = "http://loinc.org";
}
