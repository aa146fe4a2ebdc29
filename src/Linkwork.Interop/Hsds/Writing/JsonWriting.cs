using System.Globalization;
using System.Text.Json;

namespace Linkwork.Interop.Hsds;

/// <summary>Writes HSDS fields the way the standard wants them: absent rather than null or empty, dates as ISO text.</summary>
internal static class JsonWriting
{
    public static void Text(this Utf8JsonWriter w, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            w.WriteString(name, value);
        }
    }

    public static void Id(this Utf8JsonWriter w, string name, Guid? value)
    {
        if (value is { } id && id != Guid.Empty)
        {
            w.WriteString(name, id.ToString("D", CultureInfo.InvariantCulture));
        }
    }

    public static void Number(this Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } number)
        {
            w.WriteNumber(name, number);
        }
    }

    public static void Number(this Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } number && double.IsFinite(number))
        {
            w.WriteNumber(name, number);
        }
    }

    public static void Number(this Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } number)
        {
            w.WriteNumber(name, number);
        }
    }

    public static void Date(this Utf8JsonWriter w, string name, DateOnly? value)
    {
        if (value is { } date)
        {
            w.WriteString(name, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>RFC 3339 in UTC, e.g. 2024-05-16T10:30:45.123Z (the schema's date-time).</summary>
    public static void Timestamp(this Utf8JsonWriter w, string name, DateTimeOffset? value)
    {
        if (value is { } timestamp)
        {
            w.WriteString(name, timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>A list, only when it has items.</summary>
    public static void List<T>(this Utf8JsonWriter w, string name, IReadOnlyCollection<T> items, Action<Utf8JsonWriter, T> write)
    {
        if (items.Count == 0)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var item in items)
        {
            write(w, item);
        }

        w.WriteEndArray();
    }
}
