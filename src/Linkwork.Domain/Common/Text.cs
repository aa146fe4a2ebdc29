namespace Linkwork.Domain.Common;

/// <summary>Shared checks for the free text that every aggregate accepts.</summary>
public static class Text
{
    public static string Required(string? value, string what, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainRuleException($"{what} is required.");
        }

        if (trimmed.Length > maxLength)
        {
            throw new DomainRuleException($"{what} must be at most {maxLength} characters.");
        }

        return trimmed;
    }

    public static string? Optional(string? value, string what, int maxLength)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : Required(trimmed, what, maxLength);
    }
}
