using Linkwork.Domain.Directory;

namespace Linkwork.Data.Search;

/// <summary>
/// A directory search. Every filter that is set must hold (filters are cumulative). With no text, results
/// are ordered by distance when a point is given, else by freshness (most recently assured first, then
/// unassured services, then services assured over a year ago) and name.
/// </summary>
public sealed record SearchQuery
{
    /// <summary>The most results a page can hold.</summary>
    public const int MaxPageSize = 100;

    /// <summary>How deep paging can go: hits beyond this many results are not returned (the total still counts them).</summary>
    public const int MaxResultWindow = 10_000;

    /// <summary>Free text. Words are stemmed, the last word also matches as a prefix, unknown words are
    /// matched with typo tolerance, and synonyms apply. Up to 8 words are used.</summary>
    public string? Text { get; init; }

    /// <summary>The searcher's position (with <see cref="Longitude"/>): nearer services rank higher.</summary>
    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    /// <summary>A hard limit on the distance to the service's nearest location; needs a point.</summary>
    public double? RadiusKm { get; init; }

    /// <summary>Services with any of these taxonomy terms.</summary>
    public IReadOnlyList<Guid> TaxonomyTermIds { get; init; } = [];

    public NeedCategory? Need { get; init; }

    /// <summary>Services whose age range includes this age (a missing bound is open).</summary>
    public int? Age { get; init; }

    /// <summary>An ISO 639 code, matched case-insensitively.</summary>
    public string? Language { get; init; }

    /// <summary>Services open at this moment of the week (opens ≤ time &lt; closes); services with unknown hours are left out.</summary>
    public OpenAt? OpenAt { get; init; }

    public bool FreeOnly { get; init; }

    /// <summary>Services delivered in any of these ways; <see cref="DeliveryModes.None"/> or null is no filter.</summary>
    public DeliveryModes? Mode { get; init; }

    /// <summary>Only services that accept tracked referrals (<see cref="ReferralMode.AcceptsReferrals"/>).</summary>
    public bool ReferralsOnly { get; init; }

    /// <summary>
    /// Also show temporarily closed services. By default only active services are found; inactive and defunct
    /// services are never found. Services with no capacity are always shown (capacity is reported, not filtered).
    /// </summary>
    public bool IncludeClosed { get; init; }

    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Default 20; values above <see cref="MaxPageSize"/> are reduced to it.</summary>
    public int PageSize { get; init; } = 20;
}
