using Linkwork.Domain.Coding;

namespace Linkwork.Domain.Measures;

/// <summary>
/// A scored instrument. <see cref="Score"/>, <see cref="Band"/> and <see cref="Positive"/> are the primary part's
/// (empty where the instrument reports parts side by side); <see cref="Positive"/> is null where the instrument has no
/// screening rule (wellbeing scales). <see cref="Needs"/> are the Gravity SDOH categories its positive parts point to.
/// </summary>
public sealed record InstrumentResult(
    string InstrumentId,
    decimal? Score,
    decimal? RawScore,
    string? Band,
    bool? Positive,
    IReadOnlyList<PartResult> Parts,
    IReadOnlyList<SdohCategory> Needs,
    IReadOnlyList<ItemAnswer> Answers,
    MeaningfulChange? MeaningfulChange,
    RaisedSafeguarding? Safeguarding);

/// <summary>One part's result; a part left unscored (a subscale with an unanswered item) has no score, band or positive.</summary>
public sealed record PartResult(
    string Id,
    string Label,
    string? Loinc,
    bool Scored,
    decimal? Score,
    decimal? RawScore,
    string? Band,
    string? BandCode,
    bool? Positive,
    IReadOnlyList<SdohCategory> Needs);

/// <summary>How an item's answer was read: the answers chosen (label and code) or the number, and what it scores.</summary>
public sealed record ItemAnswer(int Number, string LinkId, bool Answered, IReadOnlyList<string> Labels, IReadOnlyList<string> Codes, decimal? Value);
