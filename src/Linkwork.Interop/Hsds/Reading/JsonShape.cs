using System.Text.Json;

namespace Linkwork.Interop.Hsds;

/// <summary>The outline of a JSON feed: a list to stream item by item, or one document to read whole.</summary>
internal enum JsonShape
{
    Empty,
    Array,
    Page,
    Document,
}

/// <summary>Looks at the start of a JSON feed to tell its outline, without reading the rest.</summary>
internal static class JsonShapeSniffer
{
    private static readonly HashSet<string> PageFields = ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"];

    /// <summary>Reads what it needs from the start of a seekable stream and puts it back where it was.</summary>
    public static async Task<JsonShape> SniffAsync(Stream stream, CancellationToken cancellationToken)
    {
        var origin = stream.Position;
        var buffer = new byte[64 * 1024];
        var length = 0;
        try
        {
            while (true)
            {
                var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                length += read;
                if (Sniff(buffer.AsSpan(0, length), read == 0) is { } shape)
                {
                    return shape;
                }

                if (length == buffer.Length)
                {
                    if (buffer.Length >= 1 << 20)
                    {
                        return JsonShape.Document;
                    }

                    Array.Resize(ref buffer, buffer.Length * 2);
                }
            }
        }
        finally
        {
            stream.Position = origin;
        }
    }

    private static JsonShape? Sniff(ReadOnlySpan<byte> data, bool final)
    {
        if (data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            data = data[3..];
        }

        if (data.Trim(" \t\r\n"u8).IsEmpty)
        {
            return final ? JsonShape.Empty : null;
        }

        try
        {
            var reader = new Utf8JsonReader(data, final, default);
            if (!reader.Read())
            {
                return final ? JsonShape.Empty : null;
            }

            if (reader.TokenType == JsonTokenType.StartArray)
            {
                return JsonShape.Array;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return JsonShape.Document;
            }

            if (!reader.Read())
            {
                return final ? JsonShape.Document : null;
            }

            return reader.TokenType == JsonTokenType.PropertyName && PageFields.Contains(reader.GetString()!) ? JsonShape.Page : JsonShape.Document;
        }
        catch (JsonException)
        {
            // Reading it whole reports the fault with its line and position.
            return JsonShape.Document;
        }
    }
}
