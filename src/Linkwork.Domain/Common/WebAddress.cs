namespace Linkwork.Domain.Common;

/// <summary>Absolute http(s) or other URI web addresses, as listings publish them.</summary>
public static class WebAddress
{
    public const int MaxLength = 2000;

    public static string? Optional(string? value, string what)
    {
        var trimmed = Text.Optional(value, what, MaxLength);
        if (trimmed is not null && !Uri.TryCreate(trimmed, UriKind.Absolute, out _))
        {
            throw new DomainRuleException($"{what} must be a full address such as https://example.org; '{Shorten(trimmed)}' is not.");
        }

        return trimmed;
    }

    internal static string Shorten(string value) => value.Length <= 80 ? value : value[..80] + "…";
}
