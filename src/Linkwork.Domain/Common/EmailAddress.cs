namespace Linkwork.Domain.Common;

/// <summary>A light check of email addresses: something@somewhere, no spaces. Delivery is the real test.</summary>
public static class EmailAddress
{
    public const int MaxLength = 254;

    public static string? Optional(string? value, string what)
    {
        var trimmed = Text.Optional(value, what, MaxLength);
        if (trimmed is null)
        {
            return null;
        }

        var at = trimmed.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at == trimmed.Length - 1 || trimmed.Any(char.IsWhiteSpace) || trimmed.IndexOf('@', at + 1) >= 0)
        {
            throw new DomainRuleException($"{what} must look like name@example.org; '{WebAddress.Shorten(trimmed)}' does not.");
        }

        return trimmed;
    }
}
