namespace Linkwork.Data.Search;

/// <summary>A place where a service is delivered. A service is as near as its nearest location.</summary>
/// <param name="LocationId">The location's id, returned as <see cref="SearchHit.NearestLocationId"/>.</param>
/// <param name="Name">The location's name, for the caller; the index does not keep it.</param>
/// <param name="Latitude">WGS 84 degrees. A location outside −90…90 / −180…180 (or not a number) is ignored.</param>
/// <param name="Longitude">WGS 84 degrees.</param>
/// <param name="Postcode">For the caller; the index does not keep it.</param>
public sealed record SearchLocation(Guid LocationId, string? Name, double Latitude, double Longitude, string? Postcode);
