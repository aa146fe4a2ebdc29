using Linkwork.Domain.Common;

namespace Linkwork.Domain.Measures;

/// <summary>
/// A screening or outcome instrument as data: its items in order, the parts it reports with their published scoring,
/// and a safeguarding rule where one is published. Built from a FHIR Questionnaire by Linkwork.Interop; scored here
/// without knowing FHIR. A definition that contradicts itself is refused when it is made, not when a person is scored.
/// </summary>
public sealed class Instrument
{
    public Instrument(
        string id,
        string title,
        IReadOnlyList<InstrumentItem> items,
        IReadOnlyList<ScoredPart> parts,
        string? primaryPart,
        SafeguardingRule? safeguarding,
        bool wordingLicensed,
        string source,
        string? panelLoinc = null)
    {
        Id = id;
        Title = title;
        Items = items;
        Parts = parts;
        PrimaryPart = primaryPart;
        Safeguarding = safeguarding;
        WordingLicensed = wordingLicensed;
        Source = source;
        PanelLoinc = panelLoinc;
        InstrumentDefinitionCheck.Check(this);
    }

    /// <summary>Linkwork's id, as in the URL: "phq9".</summary>
    public string Id { get; }

    public string Title { get; }

    public IReadOnlyList<InstrumentItem> Items { get; }

    public IReadOnlyList<ScoredPart> Parts { get; }

    /// <summary>The part whose score, band and positive are the instrument's own; none where it reports domains side by side (AHC, ONS4).</summary>
    public string? PrimaryPart { get; }

    public SafeguardingRule? Safeguarding { get; }

    /// <summary>The item wording is licensed and not shipped: items carry short labels until a programme supplies its wording.</summary>
    public bool WordingLicensed { get; }

    public string Source { get; }

    public string? PanelLoinc { get; }

    public InstrumentItem Item(string linkId) =>
        Items.FirstOrDefault(i => i.LinkId == linkId) ?? throw new DomainRuleException($"{Title} has no item {linkId}.");

    /// <summary>
    /// The same instrument with a programme's own item wording (a licensed (S)WEMWBS text, a translation), keyed by
    /// link id. Scoring is untouched: only what a person reads changes.
    /// </summary>
    public Instrument WithWording(IReadOnlyDictionary<string, string> textByLinkId)
    {
        ArgumentNullException.ThrowIfNull(textByLinkId);
        var unknown = textByLinkId.Keys.Where(k => Items.All(i => i.LinkId != k)).ToList();
        if (unknown.Count > 0)
        {
            throw new DomainRuleException($"{Title} has no item {string.Join(", ", unknown)}; its items are {string.Join(", ", Items.Select(i => i.LinkId))}.");
        }

        var items = Items.Select(i => textByLinkId.TryGetValue(i.LinkId, out var text)
            ? i with { Text = Common.Text.Required(text, $"The wording of {i.Name}", 2_000) }
            : i).ToList();
        return new Instrument(Id, Title, items, Parts, PrimaryPart, Safeguarding, WordingLicensed, Source, PanelLoinc);
    }

    /// <summary>Scores answers given in item order; a shorter list leaves the last items unanswered.</summary>
    public ScoringOutcome Score(IReadOnlyList<AnswerInput> answers) => InstrumentScorer.Score(this, answers);
}
