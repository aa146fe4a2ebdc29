using System.Globalization;
using System.Text.Json;

namespace Linkwork.Interop.Hsds;

/// <summary>
/// Reads HSDS fields out of a record that passed its schema, turning each into the domain's type. Anything the
/// schema cannot say (a whole number, a real date, a length Linkwork can keep) is checked here and reported
/// against the field's path; the field then reads as absent so mapping can go on and find the other problems.
/// </summary>
internal static class JsonFields
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd"];

    public static string Field(string path, string name) => path.Length == 0 ? name : path + "." + name;

    public static bool TryGet(JsonElement record, string name, out JsonElement value)
    {
        if (record.ValueKind == JsonValueKind.Object && record.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Optional text: absent, null and blank all read as null; longer than Linkwork keeps is an error naming the field.</summary>
    public static string? Text(this MapContext context, JsonElement record, string path, string name, int maxLength = int.MaxValue)
    {
        if (!TryGet(record, name, out var value))
        {
            return null;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Trim().Length > maxLength)
        {
            context.Error(Field(path, name), $"is {text.Length:N0} characters long; Linkwork keeps at most {maxLength:N0}");
            return null;
        }

        return text;
    }

    /// <summary>Text the schema requires: kept as given (even blank) so the domain's own rule decides.</summary>
    public static string RequiredText(this MapContext context, JsonElement record, string path, string name, int maxLength = int.MaxValue) =>
        context.Text(record, path, name, maxLength) ?? (TryGet(record, name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "");

    public static Guid? Uuid(this MapContext context, JsonElement record, string path, string name)
    {
        if (!TryGet(record, name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String && StrictFormatValidators.IsUuid(value.GetString()!))
        {
            return Guid.Parse(value.GetString()!, CultureInfo.InvariantCulture);
        }

        context.Error(Field(path, name), $"'{Shorten(value)}' is not a UUID");
        return null;
    }

    public static Guid Id(this MapContext context, JsonElement record, string path) => context.Uuid(record, path, "id") ?? Guid.Empty;

    public static int? Whole(this MapContext context, JsonElement record, string path, string name)
    {
        if (!TryGet(record, name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number) && number == decimal.Truncate(number)
            && number is >= int.MinValue and <= int.MaxValue)
        {
            return (int)number;
        }

        context.Error(Field(path, name), $"{Shorten(value)} is not a whole number");
        return null;
    }

    public static double? Number(this MapContext context, JsonElement record, string path, string name)
    {
        if (!TryGet(record, name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite(number))
        {
            return number;
        }

        context.Error(Field(path, name), $"{Shorten(value)} is not a number");
        return null;
    }

    public static decimal? Decimal(this MapContext context, JsonElement record, string path, string name)
    {
        if (!TryGet(record, name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
        {
            return number;
        }

        context.Error(Field(path, name), $"{Shorten(value)} is not an amount");
        return null;
    }

    /// <summary>A calendar date, "2024-05-16"; a full date-time is accepted for its date.</summary>
    public static DateOnly? Date(this MapContext context, JsonElement record, string path, string name)
    {
        var text = context.Text(record, path, name);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (StrictFormatValidators.IsDateTime(text.Trim()))
        {
            return DateOnly.FromDateTime(DateTimeOffset.Parse(text.Trim(), CultureInfo.InvariantCulture).Date);
        }

        context.Error(Field(path, name), $"'{Shorten(text)}' is not a date such as '2024-05-16'");
        return null;
    }

    public static DateTimeOffset? Timestamp(this MapContext context, JsonElement record, string path, string name)
    {
        var text = context.Text(record, path, name);
        if (text is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var timestamp))
        {
            return timestamp;
        }

        context.Error(Field(path, name), $"'{Shorten(text)}' is not a date and time such as '2024-05-16T10:30:00Z'");
        return null;
    }

    /// <summary>Maps each item of an array field; more items than Linkwork keeps is an error naming the field.</summary>
    public static List<T> List<T>(this MapContext context, JsonElement record, string path, string name, Func<JsonElement, string, T?> map, int maxCount = int.MaxValue)
        where T : class
    {
        var items = new List<T>();
        if (!TryGet(record, name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return items;
        }

        var count = array.GetArrayLength();
        if (count > maxCount)
        {
            context.Error(Field(path, name), $"lists {count:N0} items; Linkwork keeps at most {maxCount:N0}");
            return items;
        }

        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object && map(item, $"{Field(path, name)}[{index}]") is { } mapped)
            {
                items.Add(mapped);
            }

            index++;
        }

        return items;
    }

    public static string Shorten(JsonElement value) => Shorten(value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : value.GetRawText());

    public static string Shorten(string value) => value.Length <= 80 ? value : value[..80] + "…";
}
