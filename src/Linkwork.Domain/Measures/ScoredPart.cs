using Linkwork.Domain.Coding;

namespace Linkwork.Domain.Measures;

/// <summary>
/// One thing an instrument reports: its total, a subscale (De Jong Gierveld's emotional and social), a domain (each of
/// the AHC's five) or a single measure (each ONS4 question). Each carries its own bands, positive rule, need and
/// missing-answer rule, and cites where they come from.
/// </summary>
public sealed record ScoredPart(
    string Id,
    string Label,
    PartMethod Method,
    IReadOnlyList<string> ItemLinkIds,
    MissingAnswerRule Missing,
    string? Loinc = null,
    IReadOnlyList<ScoreBand>? Bands = null,
    PositiveRule? Positive = null,
    SdohCategory? Need = null,
    ConversionTable? Conversion = null,
    MeaningfulChange? MeaningfulChange = null)
{
    public IReadOnlyList<ScoreBand> ScoreBands { get; } = Bands ?? [];
}
