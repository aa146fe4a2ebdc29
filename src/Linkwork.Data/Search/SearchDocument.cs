using Linkwork.Domain.Directory;

namespace Linkwork.Data.Search;

/// <summary>
/// What the search index needs to know about one service. The host builds these from the database; the
/// index keeps only tokens and compact attributes, never the description itself.
/// </summary>
/// <param name="ServiceId">The service's id; upserting the same id replaces the service.</param>
/// <param name="Name">Weighted highest in text relevance; also the tie-break when browsing.</param>
/// <param name="AlternateName">Weighted like the organisation name.</param>
/// <param name="Description">Weighted lowest; tokenised, then dropped.</param>
/// <param name="OrganisationName">The provider's name.</param>
/// <param name="TaxonomyTermIds">For the any-of taxonomy filter.</param>
/// <param name="TaxonomyTermNames">Searchable, weighted just below the name.</param>
/// <param name="Need">The top-level need; its label is searchable like a taxonomy term.</param>
/// <param name="MinimumAge">Youngest eligible age in years; null is no lower limit.</param>
/// <param name="MaximumAge">Oldest eligible age in years; null is no upper limit.</param>
/// <param name="Languages">ISO 639 codes, lower case.</param>
/// <param name="IsFree">Free at the point of use.</param>
/// <param name="Modes">How the service is delivered.</param>
/// <param name="ReferralMode">Whether it takes tracked referrals.</param>
/// <param name="Status">Only active and temporarily closed services are indexed; others are removed.</param>
/// <param name="Capacity">Shown and counted, never used to hide a service.</param>
/// <param name="AssuredDate">When the listing was last checked; recent checks rank higher.</param>
/// <param name="Locations">Where it is delivered; empty for services with no place (phone, online).</param>
/// <param name="Openings">Weekly hours; empty means unknown, and such a service never matches an open-at filter.</param>
public sealed record SearchDocument(
    Guid ServiceId,
    string Name,
    string? AlternateName,
    string? Description,
    string? OrganisationName,
    IReadOnlyList<Guid> TaxonomyTermIds,
    IReadOnlyList<string> TaxonomyTermNames,
    NeedCategory? Need,
    int? MinimumAge,
    int? MaximumAge,
    IReadOnlyList<string> Languages,
    bool IsFree,
    DeliveryModes Modes,
    ReferralMode ReferralMode,
    ServiceStatus Status,
    CapacityStatus? Capacity,
    DateOnly? AssuredDate,
    IReadOnlyList<SearchLocation> Locations,
    IReadOnlyList<OpeningSlot> Openings);
