using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;
using NJsonSchema.Validation.FormatValidators;

namespace Linkwork.Interop.Hsds;

/// <summary>
/// The four formats HSDS uses, checked as their RFCs define them. NJsonSchema's own checks are lenient: its uuid
/// takes braces and missing hyphens, its email takes spaces, its date-time takes "15/03/2023", and its uri takes
/// "/path" on Linux (an absolute file path there). An import must refuse all of those.
/// </summary>
internal static partial class StrictFormatValidators
{
    public static IFormatValidator[] All { get; } = [new UuidFormat(), new UriFormat(), new EmailFormat(), new DateTimeFormat()];

    /// <summary>The check for a format, or null for one these validators do not know.</summary>
    public static Func<string, bool>? Check(string format) => format switch
    {
        "uuid" => IsUuid,
        "uri" => IsUri,
        "email" => IsEmail,
        "date-time" => IsDateTime,
        _ => null,
    };

    public static bool IsUuid(string value) => UuidPattern().IsMatch(value);

    public static bool IsUri(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (!uri.IsFile || value.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        && !value.Any(char.IsWhiteSpace);

    public static bool IsEmail(string value) => EmailPattern().IsMatch(value);

    public static bool IsDateTime(string value) =>
        DateTimePattern().IsMatch(value)
        && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _);

    // RFC 9562 text form: 8-4-4-4-12 hexadecimal digits.
    [GeneratedRegex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    private static partial Regex UuidPattern();

    // A practical subset of RFC 5322: one @, no spaces, a dotted domain.
    [GeneratedRegex(@"^[^@\s""(),:;<>\[\]\\]+@[^@\s""(),:;<>\[\]\\]+\.[^@\s""(),:;<>\[\]\\.]+$")]
    private static partial Regex EmailPattern();

    // RFC 3339 date-time: full date, 'T', time with optional fraction, and a zone offset.
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")]
    private static partial Regex DateTimePattern();

    private sealed class UuidFormat : IFormatValidator
    {
        public string Format => "uuid";
        public ValidationErrorKind ValidationErrorKind => ValidationErrorKind.UuidExpected;
        public bool IsValid(string value, JTokenType tokenType) => IsUuid(value);
    }

    private sealed class UriFormat : IFormatValidator
    {
        public string Format => "uri";
        public ValidationErrorKind ValidationErrorKind => ValidationErrorKind.UriExpected;
        public bool IsValid(string value, JTokenType tokenType) => IsUri(value);
    }

    private sealed class EmailFormat : IFormatValidator
    {
        public string Format => "email";
        public ValidationErrorKind ValidationErrorKind => ValidationErrorKind.EmailExpected;
        public bool IsValid(string value, JTokenType tokenType) => IsEmail(value);
    }

    private sealed class DateTimeFormat : IFormatValidator
    {
        public string Format => "date-time";
        public ValidationErrorKind ValidationErrorKind => ValidationErrorKind.DateTimeExpected;
        public bool IsValid(string value, JTokenType tokenType) => IsDateTime(value);
    }
}
