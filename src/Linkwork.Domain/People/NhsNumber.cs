using Linkwork.Domain.Common;

namespace Linkwork.Domain.People;

/// <summary>A 10-digit NHS number whose last digit is the modulus 11 check digit of the first nine.</summary>
public readonly record struct NhsNumber
{
    private NhsNumber(string digits) => Value = digits;

    public string Value { get; }

    public static NhsNumber Parse(string text) =>
        TryParse(text, out var number)
            ? number
            : throw new DomainRuleException($"'{text}' is not a valid NHS number: it needs 10 digits and a correct check digit.");

    public static bool TryParse(string? text, out NhsNumber number)
    {
        number = default;
        var digits = new string((text ?? "").Where(c => c is not (' ' or '-')).ToArray());
        if (digits.Length != 10 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var check = CheckDigitFor(digits.AsSpan(0, 9));
        if (check is null || check.Value != digits[9] - '0')
        {
            return false;
        }

        number = new NhsNumber(digits);
        return true;
    }

    /// <summary>The check digit for nine leading digits, or null when none exists (remainder gives 10).</summary>
    public static int? CheckDigitFor(ReadOnlySpan<char> firstNine)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (firstNine[i] - '0') * (10 - i);
        }

        var check = 11 - (sum % 11);
        return check switch
        {
            11 => 0,
            10 => null,
            _ => check,
        };
    }

    public override string ToString() => $"{Value[..3]} {Value[3..6]} {Value[6..]}";
}
