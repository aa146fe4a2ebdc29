using Linkwork.Domain.Coding;

namespace Linkwork.Domain.Measures;

/// <summary>
/// One answer an item offers. <see cref="Value"/> is what it scores (reverse-scored items simply carry reversed
/// values); <see cref="Positive"/> and <see cref="Need"/> say, for an either/or screen, that this answer screens
/// positive and which social need it points to. Some instruments offer an answer that is no answer ("Don't
/// know/refused"): it is accepted but counts as unanswered.
/// </summary>
public sealed record AnswerOption(
    string? Code,
    string Label,
    decimal? Value,
    bool Positive = false,
    SdohCategory? Need = null,
    bool CountsAsUnanswered = false,
    bool Exclusive = false,
    IReadOnlyList<string>? Aliases = null)
{
    /// <summary>Other codes or words taken for this answer, e.g. the LOINC code another form of the same item uses.</summary>
    public IReadOnlyList<string> AlsoAccepted { get; } = Aliases ?? [];

    /// <summary>The code or label matches, ignoring case, surrounding spaces and the kind of apostrophe.</summary>
    public bool IsNamed(string text)
    {
        var wanted = Normalise(text);
        return (Code is not null && string.Equals(Normalise(Code), wanted, StringComparison.OrdinalIgnoreCase))
            || string.Equals(Normalise(Label), wanted, StringComparison.OrdinalIgnoreCase)
            || AlsoAccepted.Any(a => string.Equals(Normalise(a), wanted, StringComparison.OrdinalIgnoreCase));
    }

    private static string Normalise(string text) =>
        string.Join(' ', text.Replace('\u2019', '\'').Replace('\u2018', '\'').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
