using System.Globalization;
using Hl7.Fhir.Model;
using Linkwork.Domain.Coding;
using Linkwork.Domain.Common;
using Linkwork.Domain.Measures;

namespace Linkwork.Interop.Measures;

/// <summary>
/// Reads an instrument out of a FHIR Questionnaire that carries Linkwork's scoring extensions. Anything the scorer
/// needs and cannot find (a band without a source, an unknown method, a need that is no Gravity category) is refused
/// with the path to it, so a broken definition stops the start.
/// </summary>
public static class QuestionnaireInstrumentMapper
{
    public static Instrument Map(Questionnaire questionnaire)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        var id = questionnaire.Id ?? throw Broken("a Questionnaire", "it has no id");
        var scoring = questionnaire.GetExtension(InstrumentExtensions.Scoring) ?? throw Broken(id, $"it has no {InstrumentExtensions.Scoring} extension");
        var items = questionnaire.Item.Select((item, index) => MapItem(id, item, index + 1)).ToList();
        return new Instrument(
            id,
            questionnaire.Title ?? throw Broken(id, "it has no title"),
            items,
            [.. scoring.GetExtensions("part").Select(p => MapPart(id, p))],
            CodeOf(scoring.GetExtension("primaryPart")),
            scoring.GetExtension("safeguarding") is { } safeguarding ? MapSafeguarding(id, safeguarding) : null,
            BooleanOf(scoring.GetExtension("wordingLicensed")),
            Required(id, scoring, "source"),
            questionnaire.Code.FirstOrDefault(c => c.System == InstrumentExtensions.Loinc)?.Code);
    }

    private static InstrumentItem MapItem(string id, Questionnaire.ItemComponent item, int number)
    {
        var where = $"{id} item {number}";
        if (item.Prefix is { } prefix && prefix != number.ToString(CultureInfo.InvariantCulture))
        {
            throw Broken(where, $"its prefix {prefix} is not its position");
        }

        var kind = item.Type switch
        {
            Questionnaire.QuestionnaireItemType.Choice => ItemKind.Choice,
            Questionnaire.QuestionnaireItemType.Integer => ItemKind.Integer,
            _ => throw Broken(where, $"items of type {item.Type} are not scored"),
        };
        return new InstrumentItem(
            number,
            item.LinkId ?? throw Broken(where, "it has no link id"),
            item.Code.FirstOrDefault(c => c.System == InstrumentExtensions.Loinc)?.Code,
            StringOf(item.GetExtension(InstrumentExtensions.ShortLabel)) ?? throw Broken(where, "it has no short label"),
            item.Text,
            kind,
            [.. item.AnswerOption.Select(o => MapOption(where, o))],
            IntegerOf(item.GetExtension(InstrumentExtensions.MinValue)),
            IntegerOf(item.GetExtension(InstrumentExtensions.MaxValue)),
            item.Repeats ?? false);
    }

    private static AnswerOption MapOption(string where, Questionnaire.AnswerOptionComponent option)
    {
        var (code, label) = option.Value switch
        {
            Coding coding => (coding.Code, coding.Display ?? throw Broken(where, $"answer {coding.Code} has no display")),
            FhirString { Value: { } text } => (null, text),
            _ => throw Broken(where, "an answer is neither a coding nor a string"),
        };
        var scoring = option.GetExtension(InstrumentExtensions.AnswerScoring);
        return new AnswerOption(
            code,
            label,
            DecimalOf(option.GetExtension(InstrumentExtensions.OrdinalValue)),
            Positive: BooleanOf(scoring?.GetExtension("positive")),
            Need: scoring?.GetExtension("need") is { } need ? NeedOf(where, need) : null,
            CountsAsUnanswered: BooleanOf(scoring?.GetExtension("countsAsUnanswered")),
            Exclusive: BooleanOf(option.GetExtension(InstrumentExtensions.OptionExclusive)),
            Aliases: scoring is null ? null : [.. scoring.GetExtensions("alsoAccepted").Select(StringOf).OfType<string>()]);
    }

    private static ScoredPart MapPart(string id, Extension part)
    {
        var partId = CodeOf(part.GetExtension("id")) ?? throw Broken(id, "a part has no id");
        var where = $"{id} part {partId}";
        var method = CodeOf(part.GetExtension("method")) switch
        {
            "sum" => PartMethod.Sum,
            "any-positive-answer" => PartMethod.AnyPositiveAnswer,
            var other => throw Broken(where, $"'{other}' is not a scoring method (sum, any-positive-answer)"),
        };
        var missing = part.GetExtension("missing") ?? throw Broken(where, "it has no missing-answer rule");
        return new ScoredPart(
            partId,
            Required(where, part, "label"),
            method,
            [.. part.GetExtensions("item").Select(StringOf).OfType<string>()],
            new MissingAnswerRule(IntegerOf(missing.GetExtension("maxMissing")) ?? 0, BooleanOf(missing.GetExtension("leaveUnscored")),
                Required(where + " missing", missing, "description"), StringOf(missing.GetExtension("source"))),
            (part.GetExtension("code")?.Value as Coding)?.Code,
            [.. part.GetExtensions("band").Select(b => new ScoreBand(
                Required(where + " band", b, "label"), RequiredDecimal(where + " band", b, "min"), RequiredDecimal(where + " band", b, "max"), Required(where + " band", b, "source")))],
            part.GetExtension("positive") is { } positive ? new PositiveRule(
                Required(where + " positive", positive, "source"),
                DecimalOf(positive.GetExtension("min")),
                DecimalOf(positive.GetExtension("max")),
                StringOf(positive.GetExtension("label")),
                CodeOf(positive.GetExtension("code")),
                StringOf(positive.GetExtension("negativeLabel")),
                CodeOf(positive.GetExtension("negativeCode"))) : null,
            part.GetExtension("need") is { } need ? NeedOf(where, need) : null,
            part.GetExtension("conversion") is { } conversion ? new ConversionTable(
                conversion.GetExtensions("row").ToDictionary(
                    r => IntegerOf(r.GetExtension("raw")) ?? throw Broken(where + " conversion", "a row has no raw score"),
                    r => RequiredDecimal(where + " conversion", r, "score")),
                Required(where + " conversion", conversion, "source")) : null,
            part.GetExtension("meaningfulChange") is { } change ? new MeaningfulChange(
                RequiredDecimal(where + " meaningful change", change, "points"), Required(where + " meaningful change", change, "source"), StringOf(change.GetExtension("note"))) : null);
    }

    private static SafeguardingRule MapSafeguarding(string id, Extension rule) => new(
        Required(id + " safeguarding", rule, "item"),
        RequiredDecimal(id + " safeguarding", rule, "min"),
        Required(id + " safeguarding", rule, "message"),
        Required(id + " safeguarding", rule, "source"));

    /// <summary>A need names a Gravity SDOH category in the IG's own code system, nothing else.</summary>
    private static SdohCategory NeedOf(string where, Extension need) =>
        need.Value is Coding { System: SdohCategories.System } coding && SdohCategories.TryParseCode(coding.Code, out var category)
            ? category
            : throw Broken(where, "a need is not a code of the Gravity SDOH category code system");

    private static string Required(string where, Extension parent, string url) =>
        StringOf(parent.GetExtension(url)) is { Length: > 0 } value ? value : throw Broken(where, $"it has no {url}");

    private static decimal RequiredDecimal(string where, Extension parent, string url) =>
        DecimalOf(parent.GetExtension(url)) ?? throw Broken(where, $"it has no {url}");

    private static string? StringOf(Extension? extension) => extension?.Value switch
    {
        FhirString text => text.Value,
        Code code => code.Value,
        _ => null,
    };

    private static string? CodeOf(Extension? extension) => (extension?.Value as Code)?.Value;

    private static decimal? DecimalOf(Extension? extension) => extension?.Value switch
    {
        FhirDecimal number => number.Value,
        Integer number => number.Value,
        _ => null,
    };

    private static int? IntegerOf(Extension? extension) => (extension?.Value as Integer)?.Value;

    private static bool BooleanOf(Extension? extension) => (extension?.Value as FhirBoolean)?.Value ?? false;

    private static DomainRuleException Broken(string where, string why) => new($"The instrument definition {where} is not usable: {why}.");
}
