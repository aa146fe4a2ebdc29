using System.Globalization;
using Linkwork.Interop.Fhir;
using Microsoft.Extensions.Primitives;

namespace Linkwork.Web.Fhir;

/// <summary>
/// Reads a search's query string against what <see cref="FhirSearchSupport"/> says the resource supports. Anything
/// else, or a value that does not read, is refused (400) rather than ignored: a caller who filtered by a parameter we
/// dropped would otherwise get everything and believe it filtered.
/// </summary>
internal sealed class FhirSearchQuery
{
    /// <summary>Paging position: ours, written into the next link, not a FHIR search parameter.</summary>
    public const string OffsetParameter = "_offset";

    private static readonly string[] Always = ["_count", OffsetParameter, "_include", "_revinclude", "_format"];

    private readonly IQueryCollection _query;

    private FhirSearchQuery(IQueryCollection query, FhirSearchSupport.ResourceSupport support)
    {
        _query = query;
        foreach (var (name, values) in query)
        {
            if (!Always.Contains(name, StringComparer.Ordinal) && support.Parameters.All(p => p.Name != name))
            {
                throw new FhirSearchException(
                    $"{support.Type} is not searched by '{name}' here. Supported: {string.Join(", ", support.Parameters.Select(p => p.Name))}, _include, {OffsetParameter}.");
            }

            if (name != "_lastUpdated" && name != "_include" && name != "_revinclude" && values.Count > 1)
            {
                throw new FhirSearchException($"Give '{name}' once; for any of several values separate them with commas.");
            }
        }

        if (query.TryGetValue("_format", out var format) && !format.ToString().Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            throw new FhirSearchException("Only JSON is served here (application/fhir+json).");
        }

        Includes = query["_include"].Select(i => i ?? "").ToList();
        if (Includes.FirstOrDefault(i => !support.Includes.Contains(i)) is { } unknown)
        {
            throw new FhirSearchException($"_include={unknown} is not supported on {support.Type}. Supported: {string.Join(", ", support.Includes)}.");
        }

        RevIncludes = query["_revinclude"].Select(i => i ?? "").ToList();
        if (RevIncludes.FirstOrDefault(i => !(support.RevIncludes ?? []).Contains(i)) is { } unknownReverse)
        {
            throw new FhirSearchException($"_revinclude={unknownReverse} is not supported on {support.Type}. Supported: {(support.RevIncludes is { Count: > 0 } offered ? string.Join(", ", offered) : "none")}.");
        }

        Count = Math.Min(Number("_count") ?? FhirSearchSupport.DefaultCount, FhirSearchSupport.MaxCount);
        Offset = Number(OffsetParameter) ?? 0;
    }

    public int Count { get; }

    public int Offset { get; }

    public IReadOnlyList<string> Includes { get; }

    public IReadOnlyList<string> RevIncludes { get; }

    /// <summary>A string parameter's value, trimmed; null when absent; refused when empty, since an empty match would be everything.</summary>
    public string? Text(string name)
    {
        if (!_query.TryGetValue(name, out var values))
        {
            return null;
        }

        var value = values.ToString().Trim();
        return value.Length > 0 ? value : throw new FhirSearchException($"'{name}' needs a value.");
    }

    /// <summary>
    /// An identifier token, <c>system|value</c>, both given; null when absent. A bare value is refused: identifiers are
    /// unique only within their system, and a match across systems could be another requester's referral.
    /// </summary>
    public (string System, string Value)? Identifier(string name)
    {
        if (Text(name) is not { } token)
        {
            return null;
        }

        var bar = token.IndexOf('|', StringComparison.Ordinal);
        return bar > 0 && bar < token.Length - 1 && !token.Contains(',', StringComparison.Ordinal)
            ? (token[..bar], token[(bar + 1)..])
            : throw new FhirSearchException($"'{name}' takes one identifier as system|value, both given; '{token}' is not that.");
    }

    /// <summary>
    /// A date parameter as one whole day (yyyy-MM-dd), matched exactly; null when absent. Prefixes and partial dates are
    /// refused rather than read loosely, so nobody takes a day's matches for a range's.
    /// </summary>
    public DateOnly? ExactDate(string name) =>
        Text(name) is not { } value ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : throw new FhirSearchException($"'{name}' takes one whole date, yyyy-MM-dd, matched exactly; '{value}' is not that.");

    public static FhirSearchQuery Read(HttpRequest request, string resourceType)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new FhirSearchQuery(request.Query, FhirSearchSupport.Of(resourceType)!);
    }

    /// <summary>The id in a reference parameter ("Patient/{id}" or "{id}"), or null when the parameter is absent.</summary>
    public Guid? Reference(string name, string type)
    {
        if (!_query.TryGetValue(name, out var values))
        {
            return null;
        }

        var value = values.ToString().Trim();
        var id = value.StartsWith(type + "/", StringComparison.Ordinal) ? value[(type.Length + 1)..] : value;
        return Guid.TryParse(id, out var guid) && !id.Contains('/', StringComparison.Ordinal)
            ? guid
            : throw new FhirSearchException($"'{name}' must be a {type} reference, {type}/{{id}} or {{id}}; '{value}' is not one of ours.");
    }

    /// <summary>The codes of a token parameter (comma-separated, any of them), each mapped by <paramref name="read"/>; null when absent.</summary>
    public IReadOnlyList<T>? Tokens<T>(string name, Func<string, IReadOnlyList<T>?> read)
    {
        if (!_query.TryGetValue(name, out var values))
        {
            return null;
        }

        var result = new List<T>();
        foreach (var code in values.ToString().Split(',', StringSplitOptions.TrimEntries))
        {
            // A system|code token: the status codes have only one system, so the code is what counts.
            var bare = code.Contains('|', StringComparison.Ordinal) ? code[(code.IndexOf('|', StringComparison.Ordinal) + 1)..] : code;
            result.AddRange(read(bare) ?? throw new FhirSearchException($"'{bare}' is not one of the {name} codes used here."));
        }

        return result;
    }

    /// <summary>Every _lastUpdated bound as (from inclusive, to exclusive), so ge and le together make a range.</summary>
    public IEnumerable<(DateTimeOffset? From, DateTimeOffset? Before)> LastUpdated()
    {
        foreach (var raw in _query["_lastUpdated"])
        {
            var value = raw ?? "";
            var prefix = value.Length > 2 && char.IsAsciiLetter(value[0]) ? value[..2] : "eq";
            var (start, end) = Instant(prefix == "eq" && !char.IsAsciiLetter(value.FirstOrDefault()) ? value : value[2..])
                ?? throw new FhirSearchException($"_lastUpdated '{value}' is not a FHIR date or dateTime with an optional ge, le, gt, lt or eq prefix.");
            yield return prefix switch
            {
                "ge" => (start, null),
                "gt" => (end, null),
                "le" => (null, end),
                "lt" => (null, start),
                "eq" => (start, end),
                _ => throw new FhirSearchException($"_lastUpdated does not take the prefix '{prefix}': use ge, le, gt, lt or eq."),
            };
        }
    }

    /// <summary>A FHIR date (the whole day, UTC) or dateTime (that instant, to the tick) as [start, end).</summary>
    private static (DateTimeOffset Start, DateTimeOffset End)? Instant(string text)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return (start, start.AddDays(1));
        }

        if (text.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return (at.ToUniversalTime(), at.ToUniversalTime().AddTicks(1));
        }

        return null;
    }

    private int? Number(string name)
    {
        if (!_query.TryGetValue(name, out StringValues values))
        {
            return null;
        }

        return int.TryParse(values.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new FhirSearchException($"'{name}' must be a whole number of zero or more; '{values}' is not.");
    }

    /// <summary>This search's URL with the paging position moved: the next link.</summary>
    public static string PageUrl(HttpRequest request, int offset)
    {
        var pairs = request.Query.Where(q => q.Key != OffsetParameter)
            .SelectMany(q => q.Value.Select(v => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(v ?? "")}"))
            .Append($"{OffsetParameter}={offset.ToString(CultureInfo.InvariantCulture)}");
        return $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}?{string.Join('&', pairs)}";
    }
}
