using System.Buffers;
using System.Text;
using System.Text.Json;
using Linkwork.Domain.Directory;
using Linkwork.Domain.Directory.Parts;

namespace Linkwork.Data;

/// <summary>
/// Picks single fields out of stored JSON columns (written by <see cref="JsonColumns"/>: snake_case names, nulls
/// left out, enums as numbers) without materialising the parts. For the search index's full load, which reads
/// every service at start: reading whole parts allocated every id, name and note of a million listings only to
/// drop them. Anything not understood reads as absent, as the index would treat a part it cannot use.
/// </summary>
public static class StoredJsonFields
{
    private const int StackLimit = 1024;

    private delegate T Reader<out T>(ref Utf8JsonReader reader);

    /// <summary>The <c>code</c> of each language of a languages column.</summary>
    public static IReadOnlyList<string> LanguageCodes(string? json) => Parse(json, [], static (ref reader) =>
    {
        var codes = new List<string>(2);
        ForEachProperty(ref reader, (ref property) =>
        {
            if (property.ValueTextEquals("code"u8) && Value(ref property) is { } code)
            {
                codes.Add(code);
            }
        });
        return codes;
    });

    /// <summary>The <c>taxonomy_term_id</c> of each attribute.</summary>
    public static IReadOnlyList<Guid> TermIds(string? json) => Parse(json, [], static (ref reader) =>
    {
        var ids = new List<Guid>(1);
        ForEachProperty(ref reader, (ref property) =>
        {
            if (property.ValueTextEquals("taxonomy_term_id"u8) && property.Read() && property.TokenType == JsonTokenType.String && property.TryGetGuid(out var id))
            {
                ids.Add(id);
            }
        });
        return ids;
    });

    /// <summary>Whether any cost option has an <c>amount</c> above zero.</summary>
    public static bool AnyAmountAboveZero(string? json) => Parse(json, false, static (ref reader) =>
    {
        var any = false;
        ForEachProperty(ref reader, (ref property) =>
        {
            if (property.ValueTextEquals("amount"u8) && property.Read() && property.TokenType == JsonTokenType.Number && property.GetDecimal() > 0)
            {
                any = true;
            }
        });
        return any;
    });

    /// <summary>The <c>status</c> and <c>estimated_wait_weeks</c> of a capacity column (an object, not a list); null when there is none.</summary>
    public static (CapacityStatus Status, int? EstimatedWaitWeeks)? Capacity(string? json) => Parse<(CapacityStatus, int?)?>(json, null, static (ref reader) =>
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        CapacityStatus? status = null;
        int? weeks = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isStatus = reader.ValueTextEquals("status"u8);
            var isWeeks = reader.ValueTextEquals("estimated_wait_weeks"u8);
            reader.Read();
            if (reader.TokenType == JsonTokenType.Number && (isStatus || isWeeks))
            {
                if (isStatus)
                {
                    status = (CapacityStatus)reader.GetInt32();
                }
                else
                {
                    weeks = reader.GetInt32();
                }
            }

            reader.Skip();
        }

        return status is { } known ? (known, weeks) : null;
    });

    /// <summary>
    /// The rule fields of each schedule (<c>freq</c>, <c>interval</c>, <c>byday</c>, <c>opens_at</c>,
    /// <c>closes_at</c>): enough for <see cref="Schedule.WeeklyOpenings"/>, nothing else (ids are empty).
    /// </summary>
    public static IReadOnlyList<Schedule> WeeklyRules(string? json) => Parse(json, [], static (ref reader) => ReadRules(ref reader));

    /// <summary>The <c>id</c> and <c>location_id</c> of each service-at-location link, with the rule fields of its own schedules.</summary>
    public static IReadOnlyList<ServiceAtLocation> LocationLinks(string? json) => Parse(json, [], static (ref reader) =>
    {
        var links = new List<ServiceAtLocation>(1);
        var id = Guid.Empty;
        var locationId = Guid.Empty;
        IReadOnlyList<Schedule> schedules = [];
        ForEachProperty(
            ref reader,
            (ref property) =>
            {
                if (property.ValueTextEquals("id"u8) && property.Read() && property.TokenType == JsonTokenType.String)
                {
                    property.TryGetGuid(out id);
                }
                else if (property.ValueTextEquals("location_id"u8) && property.Read() && property.TokenType == JsonTokenType.String)
                {
                    property.TryGetGuid(out locationId);
                }
                else if (property.ValueTextEquals("schedules"u8) && property.Read())
                {
                    schedules = ReadRules(ref property, alreadyAtStart: true);
                }
            },
            () =>
            {
                if (locationId != Guid.Empty)
                {
                    links.Add(new ServiceAtLocation { Id = id, LocationId = locationId, Schedules = schedules });
                }

                id = Guid.Empty;
                locationId = Guid.Empty;
                schedules = [];
            });
        return links;
    });

    /// <summary>Address.PostcodeOf, read straight from the stored JSON: the first physical address's postcode, else the first address's.</summary>
    public static string? Postcode(string? json) => Parse<string?>(json, null, static (ref reader) =>
    {
        string? first = null;
        string? physical = null;
        string? postcode = null;
        var isPhysical = false;
        ForEachProperty(
            ref reader,
            (ref property) =>
            {
                if (property.ValueTextEquals("postal_code"u8))
                {
                    postcode = Value(ref property);
                }
                else if (property.ValueTextEquals("address_type"u8))
                {
                    isPhysical = Value(ref property) == "physical";
                }
            },
            () =>
            {
                first ??= postcode;
                if (isPhysical)
                {
                    physical ??= postcode;
                }

                postcode = null;
                isPhysical = false;
            });
        return physical ?? first;
    });

    private static List<Schedule> ReadRules(ref Utf8JsonReader reader, bool alreadyAtStart = false)
    {
        var rules = new List<Schedule>(1);
        string? freq = null, byday = null, opens = null, closes = null;
        int? interval = null;
        ForEachProperty(
            ref reader,
            (ref property) =>
            {
                if (property.ValueTextEquals("freq"u8))
                {
                    freq = Value(ref property);
                }
                else if (property.ValueTextEquals("byday"u8))
                {
                    byday = Value(ref property);
                }
                else if (property.ValueTextEquals("opens_at"u8))
                {
                    opens = Value(ref property);
                }
                else if (property.ValueTextEquals("closes_at"u8))
                {
                    closes = Value(ref property);
                }
                else if (property.ValueTextEquals("interval"u8) && property.Read() && property.TokenType == JsonTokenType.Number)
                {
                    interval = property.GetInt32();
                }
            },
            () =>
            {
                rules.Add(new Schedule { Id = Guid.Empty, Freq = freq, Interval = interval, Byday = byday, OpensAt = opens, ClosesAt = closes });
                freq = byday = opens = closes = null;
                interval = null;
            },
            alreadyAtStart);
        return rules;
    }

    private delegate void PropertyVisitor(ref Utf8JsonReader property);

    /// <summary>
    /// Walks an array of objects, calling <paramref name="visit"/> at each property name (it may read the value;
    /// whatever it leaves unread is skipped) and <paramref name="endOfObject"/> after each object.
    /// </summary>
    private static void ForEachProperty(ref Utf8JsonReader reader, PropertyVisitor visit, Action? endOfObject = null, bool alreadyAtStart = false)
    {
        if ((!alreadyAtStart && !reader.Read()) || reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }

            var depth = reader.CurrentDepth;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                visit(ref reader);
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    reader.Read();
                }

                reader.Skip();
            }

            if (reader.CurrentDepth != depth || reader.TokenType != JsonTokenType.EndObject)
            {
                throw new JsonException("A stored part list is not a list of objects.");
            }

            endOfObject?.Invoke();
        }
    }

    /// <summary>Reads the value after a property name as text (null unless it is a string).</summary>
    private static string? Value(ref Utf8JsonReader reader) =>
        reader.Read() && reader.TokenType == JsonTokenType.String ? reader.GetString() : null;

    private static T Parse<T>(string? json, T empty, Reader<T> read)
    {
        if (json is null || json.Length == 0 || json == "[]" || json == "null")
        {
            return empty;
        }

        byte[]? rented = null;
        var size = Encoding.UTF8.GetMaxByteCount(json.Length);
        var buffer = size <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(size));
        try
        {
            var reader = new Utf8JsonReader(buffer[..Encoding.UTF8.GetBytes(json, buffer)]);
            return read(ref reader);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
