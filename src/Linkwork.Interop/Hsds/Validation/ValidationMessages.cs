using System.Globalization;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;

namespace Linkwork.Interop.Hsds;

/// <summary>Turns NJsonSchema's errors into paths people can find and reasons they can act on.</summary>
internal static class ValidationMessages
{
    public static void Flatten(IEnumerable<ValidationError> errors, string recordPath, List<HsdsValidationError> into)
    {
        foreach (var error in errors)
        {
            // Errors inside array items (and combined schemas) arrive wrapped; the wrapped ones say what is wrong.
            if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
            {
                Flatten(child.Errors.SelectMany(e => e.Value), recordPath, into);
                continue;
            }

            var path = Join(recordPath, error.Path);
            var line = error.HasLineInfo ? error.LineNumber : (int?)null;
            var position = error.HasLineInfo ? error.LinePosition : (int?)null;
            if (error.Kind == ValidationErrorKind.PropertyRequired)
            {
                var cut = path.LastIndexOf('.');
                var parent = cut < 0 ? recordPath : path[..cut];
                into.Add(new HsdsValidationError(parent.Length == 0 ? "(record)" : parent, $"{error.Property} is required", line, position));
                continue;
            }

            into.Add(new HsdsValidationError(path, Reason(error), line, position));
        }
    }

    /// <summary>"#/phones[0].number" under "services[2]" becomes "services[2].phones[0].number".</summary>
    public static string Join(string recordPath, string? schemaPath)
    {
        var rest = schemaPath is null ? "" : schemaPath.StartsWith("#/", StringComparison.Ordinal) ? schemaPath[2..] : schemaPath.TrimStart('#');
        if (rest.Length == 0)
        {
            return recordPath;
        }

        return recordPath.Length == 0 || rest[0] == '[' ? recordPath + rest : recordPath + "." + rest;
    }

    private static string Reason(ValidationError error)
    {
        var value = Describe(error.Token);
        return error.Kind switch
        {
            ValidationErrorKind.StringExpected => $"must be text, not {value}",
            ValidationErrorKind.NumberExpected => $"{value} is not a number",
            ValidationErrorKind.IntegerExpected => $"{value} is not a whole number",
            ValidationErrorKind.BooleanExpected => $"{value} is not true or false",
            ValidationErrorKind.ObjectExpected => $"must be an object {{...}}, not {value}",
            ValidationErrorKind.ArrayExpected => $"must be a list [...], not {value}",
            ValidationErrorKind.NullExpected => $"must be null, not {value}",
            ValidationErrorKind.NotInEnumeration =>
                $"{value} is not one of {string.Join(", ", error.Schema?.Enumeration.Select(e => "'" + e + "'") ?? [])}",
            ValidationErrorKind.UuidExpected or ValidationErrorKind.GuidExpected => $"{value} is not a UUID such as 'ac148810-d857-441c-9679-408f346de14b'",
            ValidationErrorKind.EmailExpected => $"{value} is not an email address",
            ValidationErrorKind.UriExpected => $"{value} is not a full web address (URI) such as 'https://example.org'",
            ValidationErrorKind.DateTimeExpected => $"{value} is not a date and time such as '2024-05-16T10:30:00Z'",
            ValidationErrorKind.DateExpected => $"{value} is not a date such as '2024-05-16'",
            ValidationErrorKind.NoAdditionalPropertiesAllowed => "is not a field of this record",
            ValidationErrorKind.ArrayItemNotValid => "is not valid",
            _ => $"{value} breaks the schema ({error.Kind})",
        };
    }

    private static string Describe(JToken? token) => token?.Type switch
    {
        null => "the value",
        JTokenType.String => "'" + Shorten(token.Value<string>() ?? "") + "'",
        JTokenType.Null => "null",
        JTokenType.Boolean => token.Value<bool>() ? "true" : "false",
        JTokenType.Integer or JTokenType.Float => Convert.ToString(((JValue)token).Value, CultureInfo.InvariantCulture) ?? "a number",
        JTokenType.Object => "an object",
        JTokenType.Array => "a list",
        _ => "'" + Shorten(token.ToString()) + "'",
    };

    private static string Shorten(string value) => value.Length <= 80 ? value : value[..80] + "…";
}
