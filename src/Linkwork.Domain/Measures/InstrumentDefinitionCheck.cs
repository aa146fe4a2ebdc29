using Linkwork.Domain.Common;

namespace Linkwork.Domain.Measures;

/// <summary>The checks a definition passes before anyone is scored with it: a mistake in a definition must stop the start, not skew a score.</summary>
internal static class InstrumentDefinitionCheck
{
    public static void Check(Instrument instrument)
    {
        var problems = new List<string>();
        var linkIds = instrument.Items.Select(i => i.LinkId).ToList();
        if (linkIds.Distinct(StringComparer.Ordinal).Count() != linkIds.Count)
        {
            problems.Add("two items share a link id");
        }

        if (!instrument.Items.Select(i => i.Number).SequenceEqual(Enumerable.Range(1, instrument.Items.Count)))
        {
            problems.Add("items must be numbered 1, 2, 3 … in order");
        }

        foreach (var item in instrument.Items)
        {
            if (item.Kind == ItemKind.Integer && (item.Min is null || item.Max is null || item.Min > item.Max))
            {
                problems.Add($"{item.Name} needs a range");
            }

            if (item.Kind == ItemKind.Choice && item.Options.Count == 0)
            {
                problems.Add($"{item.Name} offers no answers");
            }
        }

        if (instrument.Parts.Count == 0)
        {
            problems.Add("it reports nothing");
        }

        foreach (var part in instrument.Parts)
        {
            CheckPart(instrument, part, problems);
        }

        if (instrument.PrimaryPart is { } primary && instrument.Parts.All(p => p.Id != primary))
        {
            problems.Add($"its primary part '{primary}' is not one of its parts");
        }

        if (instrument.Safeguarding is { } safeguarding && !linkIds.Contains(safeguarding.ItemLinkId))
        {
            problems.Add($"its safeguarding rule names no item of it ({safeguarding.ItemLinkId})");
        }

        if (problems.Count > 0)
        {
            throw new DomainRuleException($"The definition of {instrument.Id} is not usable: {string.Join("; ", problems)}.");
        }
    }

    private static void CheckPart(Instrument instrument, ScoredPart part, List<string> problems)
    {
        var items = part.ItemLinkIds.Select(id => instrument.Items.FirstOrDefault(i => i.LinkId == id)).ToList();
        if (items.Count == 0 || items.Any(i => i is null))
        {
            problems.Add($"part '{part.Id}' names items the instrument does not have");
            return;
        }

        if (part.Method == PartMethod.Sum && items.Any(i => i!.Kind == ItemKind.Choice && (i.Repeats || i.Options.Any(o => !o.CountsAsUnanswered && o.Value is null))))
        {
            problems.Add($"part '{part.Id}' adds up items whose answers have no value");
        }

        if (part.Method == PartMethod.AnyPositiveAnswer && (part.Positive is null || items.All(i => i!.Options.All(o => !o.Positive))))
        {
            problems.Add($"part '{part.Id}' is an either/or screen with no positive answer");
        }

        var bands = part.ScoreBands.OrderBy(b => b.Min).ToList();
        if (bands.Any(b => b.Min > b.Max) || bands.Zip(bands.Skip(1)).Any(p => p.Second.Min <= p.First.Max))
        {
            problems.Add($"the bands of part '{part.Id}' overlap or run backwards");
        }

        var cited = bands.Select(b => b.Source).Append(part.Positive?.Source).Append(part.Conversion?.Source).Append(part.MeaningfulChange?.Source);
        if (cited.Any(s => s is not null && string.IsNullOrWhiteSpace(s)) || string.IsNullOrWhiteSpace(part.Missing.Description))
        {
            problems.Add($"part '{part.Id}' has a threshold without a source or no missing-answer rule");
        }

        if (part.Conversion is { } table && part.Method == PartMethod.Sum)
        {
            var low = items.Sum(i => Lowest(i!));
            var high = items.Sum(i => Highest(i!));
            if (part.Missing.MaxMissing > 0 || Enumerable.Range((int)low, (int)(high - low) + 1).Any(raw => !table.Values.ContainsKey(raw)))
            {
                problems.Add($"the conversion table of part '{part.Id}' must cover every raw score {low}–{high} of a complete answer set");
            }
        }
    }

    private static decimal Lowest(InstrumentItem item) =>
        item.Kind == ItemKind.Integer ? item.Min ?? 0 : item.Options.Where(o => !o.CountsAsUnanswered).Min(o => o.Value) ?? 0;

    private static decimal Highest(InstrumentItem item) =>
        item.Kind == ItemKind.Integer ? item.Max ?? 0 : item.Options.Where(o => !o.CountsAsUnanswered).Max(o => o.Value) ?? 0;
}
