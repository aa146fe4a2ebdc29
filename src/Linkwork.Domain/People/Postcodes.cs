using Linkwork.Domain.Common;

namespace Linkwork.Domain.People;

/// <summary>
/// Postcodes in one written form, so the person's postcode and the deprivation lookup meet on plain equality:
/// upper case, and for UK postcodes a single space before the inward code ("s651ab" becomes "S65 1AB").
/// </summary>
public static class Postcodes
{
    public const int MaxLength = 12;

    public static string? Normalise(string? text)
    {
        var trimmed = Text.Optional(text, "The postcode", MaxLength);
        if (trimmed is null)
        {
            return null;
        }

        var compact = new string(trimmed.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
        return IsUk(compact) ? $"{compact[..^3]} {compact[^3..]}" : string.Join(' ', trimmed.ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>A UK postcode written without spaces: an outward code of 2 to 4 characters starting with a letter, then a digit and two letters.</summary>
    public static bool IsUk(string compact) =>
        compact.Length is >= 5 and <= 7
        && char.IsAsciiLetter(compact[0])
        && compact.All(char.IsAsciiLetterOrDigit)
        && char.IsAsciiDigit(compact[^3]) && char.IsAsciiLetter(compact[^2]) && char.IsAsciiLetter(compact[^1]);

    /// <summary>The UK form of a postcode, or a rule broken when it is not one (the deprivation lookup is of UK postcodes).</summary>
    public static string RequireUk(string? text)
    {
        var compact = new string((text ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
        return IsUk(compact) ? $"{compact[..^3]} {compact[^3..]}" : throw new DomainRuleException($"'{text}' is not a UK postcode.");
    }
}
