using Linkwork.Domain.Common;

namespace Linkwork.Domain.Directory;

/// <summary>Language codes as HSDS publishes them: ISO 639 ("en", "pol") or a simple BCP 47 tag ("en-GB").</summary>
public static class LanguageCodes
{
    public static void Check(string? code)
    {
        if (code is null)
        {
            return;
        }

        var parts = code.Split('-');
        var primary = parts[0];
        if (primary.Length is < 2 or > 3 || !primary.All(char.IsAsciiLetter) || parts.Skip(1).Any(p => p.Length is < 1 or > 8 || !p.All(char.IsAsciiLetterOrDigit)))
        {
            throw new DomainRuleException($"Languages are ISO 639 codes such as 'en' or 'ur'; '{WebAddress.Shorten(code)}' is not one.");
        }
    }

    /// <summary>The primary language, lower case: what people filter by.</summary>
    public static string? Primary(string? code) => code?.Split('-')[0].ToLowerInvariant();
}
