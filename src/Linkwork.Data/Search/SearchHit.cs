namespace Linkwork.Data.Search;

/// <summary>One service in a page of results.</summary>
/// <param name="ServiceId">The service.</param>
/// <param name="Score">The ranking score (higher is better); comparable within one result set only.</param>
/// <param name="DistanceKm">Great-circle distance to the nearest location, when the query gave a point.</param>
/// <param name="NearestLocationId">That nearest location, when the query gave a point and the service has a location.</param>
/// <param name="MatchedTerms">The index terms (stems) that matched, for <see cref="SearchSnippet.Build"/>.</param>
public sealed record SearchHit(Guid ServiceId, double Score, double? DistanceKm, Guid? NearestLocationId, IReadOnlyList<string> MatchedTerms);
