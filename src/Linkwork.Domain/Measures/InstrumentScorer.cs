using Linkwork.Domain.Coding;

namespace Linkwork.Domain.Measures;

/// <summary>
/// Scores answers by an instrument's definition. Every rule it applies (values, sums, tables, bands, positive
/// thresholds, missing-answer limits) comes from the definition; this only knows how to apply each kind of rule.
/// </summary>
internal static class InstrumentScorer
{
    public static ScoringOutcome Score(Instrument instrument, IReadOnlyList<AnswerInput> answers)
    {
        if (answers.Count > instrument.Items.Count)
        {
            return new ScoringOutcome(null, [new ItemProblem(null, null, $"{instrument.Title} has {instrument.Items.Count} items; {answers.Count} answers were sent")], null);
        }

        var readings = instrument.Items
            .Select((item, index) => item.Read(index < answers.Count ? answers[index] : AnswerInput.None))
            .ToDictionary(r => r.Item.LinkId, StringComparer.Ordinal);
        var safeguarding = Safeguarding(instrument, readings);
        var problems = readings.Values.Where(r => r.Problem is not null).Select(r => Problem(r.Item, r.Problem!)).ToList();
        if (problems.Count > 0)
        {
            return new ScoringOutcome(null, problems, safeguarding);
        }

        var parts = new List<PartResult>();
        foreach (var part in instrument.Parts)
        {
            var items = part.ItemLinkIds.Select(id => readings[id]).ToList();
            var scored = part.Method == PartMethod.Sum ? Sum(instrument, part, items, problems) : AnyPositive(part, items, problems);
            if (scored is not null)
            {
                parts.Add(scored);
            }
        }

        if (problems.Count > 0)
        {
            // An item unanswered in two parts (never the case today) is named once.
            return new ScoringOutcome(null, problems.DistinctBy(p => (p.LinkId, p.Message)).OrderBy(p => p.ItemNumber).ToList(), safeguarding);
        }

        return new ScoringOutcome(Combine(instrument, parts, readings, safeguarding), [], safeguarding);
    }

    private static PartResult? Sum(Instrument instrument, ScoredPart part, List<ItemReading> items, List<ItemProblem> problems)
    {
        var unanswered = items.Where(r => !r.Answered).ToList();
        if (unanswered.Count > part.Missing.MaxMissing)
        {
            if (part.Missing.LeaveUnscored)
            {
                return new PartResult(part.Id, part.Label, part.Loinc, false, null, null, null, null, null, []);
            }

            var allowed = part.Missing.MaxMissing == 0
                ? $"{instrument.Title} is not scored with an unanswered item"
                : $"{instrument.Title} is scored with at most {part.Missing.MaxMissing} unanswered {(part.Missing.MaxMissing == 1 ? "item" : "items")}";
            problems.AddRange(unanswered.Select(r => Problem(r.Item, $"{r.Item.Name} must be answered: {allowed}")));
            return null;
        }

        // With unanswered items inside the rule's limit, the score is the sum of the answered ones (De Jong Gierveld's total).
        var raw = items.Where(r => r.Answered).Sum(r => r.Value!.Value);
        var score = part.Conversion?.Convert(raw) ?? raw;
        var band = part.ScoreBands.FirstOrDefault(b => b.Contains(score));
        var positive = part.Positive?.IsPositive(score);
        return new PartResult(part.Id, part.Label, part.Loinc, true, score, part.Conversion is null ? null : raw, band?.Label, null, positive,
            positive == true && part.Need is { } need ? [need] : []);
    }

    /// <summary>
    /// An either/or screen: one positive answer decides it, whatever else is unanswered; a negative needs every item
    /// answered, since an unanswered item could have been the positive one.
    /// </summary>
    private static PartResult? AnyPositive(ScoredPart part, List<ItemReading> items, List<ItemProblem> problems)
    {
        var rule = part.Positive!;
        var positives = items.SelectMany(r => r.Options).Where(o => o.Positive).ToList();
        if (positives.Count > 0)
        {
            var needs = positives.Select(o => o.Need ?? part.Need).OfType<SdohCategory>().Distinct().ToList();
            return new PartResult(part.Id, part.Label, part.Loinc, true, null, null, rule.Label, rule.Code, true, needs);
        }

        var unanswered = items.Where(r => !r.Answered).ToList();
        if (unanswered.Count > 0)
        {
            problems.AddRange(unanswered.Select(r => Problem(r.Item,
                $"{r.Item.Name} must be answered: with no positive answer, the {part.Label} screen needs every item answered")));
            return null;
        }

        return new PartResult(part.Id, part.Label, part.Loinc, true, null, null, rule.NegativeLabel, rule.NegativeCode, false, []);
    }

    private static InstrumentResult Combine(Instrument instrument, List<PartResult> parts, Dictionary<string, ItemReading> readings, RaisedSafeguarding? safeguarding)
    {
        var primary = instrument.PrimaryPart is { } id ? parts.Single(p => p.Id == id) : null;
        var screens = parts.Where(p => instrument.Parts.Single(d => d.Id == p.Id).Positive is not null).ToList();

        // Without a primary part (AHC's five domains), the screen is positive when any domain is.
        bool? positive = primary is not null ? primary.Positive
            : screens.Count == 0 ? null
            : screens.Any(p => p.Positive == true) ? true
            : screens.All(p => p.Positive == false) ? false
            : null;
        var answers = instrument.Items.Select(i => readings[i.LinkId]).Select(r => new ItemAnswer(
            r.Item.Number, r.Item.LinkId, r.Answered, [.. r.Options.Select(o => o.Label)], [.. r.Options.Select(o => o.Code).OfType<string>()], r.Value)).ToList();
        return new InstrumentResult(
            instrument.Id,
            primary?.Score,
            primary?.RawScore,
            primary?.Band,
            positive,
            parts,
            [.. parts.SelectMany(p => p.Needs).Distinct()],
            answers,
            instrument.Parts.FirstOrDefault(p => p.Id == instrument.PrimaryPart)?.MeaningfulChange,
            safeguarding);
    }

    private static RaisedSafeguarding? Safeguarding(Instrument instrument, Dictionary<string, ItemReading> readings)
    {
        if (instrument.Safeguarding is not { } rule || readings[rule.ItemLinkId] is not { Problem: null, Value: { } value } reading || value < rule.MinValue)
        {
            return null;
        }

        var answer = reading.Options.Count > 0 ? reading.Options[0].Label : InstrumentItem.Show(value);
        return new RaisedSafeguarding(reading.Item.Number, reading.Item.LinkId, answer, value, rule.Message, rule.Source);
    }

    private static ItemProblem Problem(InstrumentItem item, string message) => new(item.Number, item.LinkId, message);
}
