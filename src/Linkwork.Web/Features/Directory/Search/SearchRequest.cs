using System.Globalization;
using Linkwork.Data.Search;
using Linkwork.Domain.Directory;

namespace Linkwork.Web.Features.Directory.Search;

/// <summary>
/// A directory search as people and systems ask for it (query string of <c>/api/v1/directory/search</c> and the
/// public page). <see cref="ToQuery"/> checks every field and names the ones that are wrong.
/// </summary>
public sealed record SearchRequest
{
    public const double MaxRadiusKm = 200;

    public string? Q { get; init; }
    public double? Lat { get; init; }
    public double? Lon { get; init; }
    public double? RadiusKm { get; init; }
    /// <summary>Comma-separated taxonomy term ids, or need codes such as "Food" or "BefriendingAndGroups".</summary>
    public string? Taxonomy { get; init; }
    public int? Age { get; init; }
    public string? Language { get; init; }
    /// <summary>"now", or a local date and time such as 2026-11-24T10:30.</summary>
    public string? OpenAt { get; init; }
    public bool? Free { get; init; }
    /// <summary>in-person, phone or online (comma-separated for any of them).</summary>
    public string? Mode { get; init; }
    public bool? IncludeClosed { get; init; }
    public bool? ReferralsOnly { get; init; }
    public int? Page { get; init; }
    public int? PageSize { get; init; }

    public SearchQuery ToQuery(DateTimeOffset now, TimeZoneInfo timeZone, out Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        var problems = new Dictionary<string, string[]>();
        void Fail(string field, string message) => problems[field] = [message];

        if (Lat is < -90 or > 90)
        {
            Fail("lat", "Latitude must be between -90 and 90.");
        }

        if (Lon is < -180 or > 180)
        {
            Fail("lon", "Longitude must be between -180 and 180.");
        }

        if (Lat.HasValue != Lon.HasValue)
        {
            Fail(Lat.HasValue ? "lon" : "lat", "Give both lat and lon, or neither.");
        }

        if (RadiusKm is { } radius && (radius <= 0 || radius > MaxRadiusKm || !Lat.HasValue))
        {
            Fail("radiusKm", Lat.HasValue ? $"The radius must be more than 0 and at most {MaxRadiusKm} km." : "A radius needs a point: give lat and lon.");
        }

        if (Age is < 0 or > ServiceDetailsRules.MaxAge)
        {
            Fail("age", $"Age must be between 0 and {ServiceDetailsRules.MaxAge}.");
        }

        if (Page is < 1 || Page > SearchQuery.MaxResultWindow)
        {
            Fail("page", "Pages start at 1.");
        }

        if (PageSize is < 1 or > SearchQuery.MaxPageSize)
        {
            Fail("pageSize", $"A page holds 1 to {SearchQuery.MaxPageSize} results.");
        }

        var (termIds, need) = ReadTaxonomy(Fail);
        var modes = ReadModes(Fail);
        var openAt = ReadOpenAt(now, timeZone, Fail);
        if (Q is { Length: > 200 })
        {
            Fail("q", "Search text is at most 200 characters.");
        }

        errors = problems;
        return new SearchQuery
        {
            Text = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim(),
            Latitude = Lat,
            Longitude = Lon,
            RadiusKm = RadiusKm,
            TaxonomyTermIds = termIds,
            Need = need,
            Age = Age,
            Language = string.IsNullOrWhiteSpace(Language) ? null : LanguageCodes.Primary(Language.Trim()),
            OpenAt = openAt,
            FreeOnly = Free ?? false,
            Mode = modes,
            ReferralsOnly = ReferralsOnly ?? false,
            IncludeClosed = IncludeClosed ?? false,
            Page = Page ?? 1,
            PageSize = PageSize ?? 20,
        };
    }

    private (List<Guid> TermIds, NeedCategory? Need) ReadTaxonomy(Action<string, string> fail)
    {
        var termIds = new List<Guid>();
        NeedCategory? need = null;
        foreach (var part in (Taxonomy ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (Guid.TryParse(part, out var id))
            {
                termIds.Add(id);
            }
            else if (Enum.TryParse<NeedCategory>(part, ignoreCase: true, out var category) && Enum.IsDefined(category))
            {
                // A need is a term of Linkwork's own taxonomy, so it joins the any-of list like any other term.
                termIds.Add(NeedTaxonomy.TermId(category));
                need ??= category;
            }
            else
            {
                fail("taxonomy", $"'{part}' is neither a taxonomy term id nor a need ({string.Join(", ", Enum.GetNames<NeedCategory>())}).");
            }
        }

        // One need alone is the fast path; several terms are matched as any-of.
        return termIds.Count == 1 && need is not null ? ([], need) : (termIds, null);
    }

    private DeliveryModes? ReadModes(Action<string, string> fail)
    {
        if (string.IsNullOrWhiteSpace(Mode))
        {
            return null;
        }

        var modes = DeliveryModes.None;
        foreach (var part in Mode.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            modes |= part.ToLowerInvariant() switch
            {
                "in-person" or "inperson" or "in_person" => DeliveryModes.InPerson,
                "phone" => DeliveryModes.Phone,
                "online" => DeliveryModes.Online,
                _ => Invalid(part),
            };
        }

        return modes;

        DeliveryModes Invalid(string part)
        {
            fail("mode", $"'{part}' is not a mode; use in-person, phone or online.");
            return DeliveryModes.None;
        }
    }

    private OpenAt? ReadOpenAt(DateTimeOffset now, TimeZoneInfo timeZone, Action<string, string> fail)
    {
        if (string.IsNullOrWhiteSpace(OpenAt))
        {
            return null;
        }

        DateTime local;
        if (string.Equals(OpenAt.Trim(), "now", StringComparison.OrdinalIgnoreCase))
        {
            local = TimeZoneInfo.ConvertTime(now, timeZone).DateTime;
        }
        else if (DateTimeOffset.TryParseExact(OpenAt.Trim(), ["yyyy-MM-ddTHH:mmzzz", "yyyy-MM-ddTHH:mm:sszzz", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mmZ"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var withOffset))
        {
            local = TimeZoneInfo.ConvertTime(withOffset, timeZone).DateTime;
        }
        else if (DateTime.TryParseExact(OpenAt.Trim(), ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var wallClock))
        {
            local = wallClock;
        }
        else
        {
            fail("openAt", "Use 'now' or a date and time such as 2026-11-24T10:30.");
            return null;
        }

        return new OpenAt(local.DayOfWeek, TimeOnly.FromDateTime(local));
    }
}
