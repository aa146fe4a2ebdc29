using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace Linkwork.Web.Hsds;

/// <summary>
/// The query string of <c>/hsds/service_at_locations</c>, read here rather than by model binding so that a wrong
/// value gets a 400 naming the parameter. <c>proximity</c> is in metres, as HSDS defines it, measured from a point.
/// HSDS's point is a postcode's centroid, found in the imported postcode lookup; the point can also be given as
/// <c>lat</c> and <c>lon</c> (WGS 84 degrees, as in Linkwork's own search API). A postcode the lookup cannot place
/// is refused plainly rather than ignored.
/// </summary>
public sealed record HsdsServiceAtLocationsRequest
{
    /// <summary>The widest proximity, as the directory search's widest radius: 200 km.</summary>
    public const double MaxProximityMetres = 200_000;

    [FromQuery(Name = "search")] public string? Search { get; init; }
    [FromQuery(Name = "taxonomy_term_id")] public string? TaxonomyTermId { get; init; }
    [FromQuery(Name = "taxonomy_id")] public string? TaxonomyId { get; init; }
    [FromQuery(Name = "organization_id")] public string? OrganizationId { get; init; }
    [FromQuery(Name = "modified_after")] public string? ModifiedAfter { get; init; }
    [FromQuery(Name = "proximity")] public string? Proximity { get; init; }
    [FromQuery(Name = "lat")] public string? Lat { get; init; }
    [FromQuery(Name = "lon")] public string? Lon { get; init; }
    [FromQuery(Name = "postcode")] public string? Postcode { get; init; }
    [FromQuery(Name = "full")] public string? Full { get; init; }
    [FromQuery(Name = "format")] public string? Format { get; init; }
    [FromQuery(Name = "page")] public string? Page { get; init; }
    [FromQuery(Name = "per_page")] public string? PerPage { get; init; }

    public sealed record Checked(HsdsServiceAtLocationsQuery.Filters Filters, int Page, int PerPage, bool Full);

    /// <summary>
    /// The request checked, or null and every wrong parameter with what is wrong with it. <paramref name="postcodeCentre"/>
    /// is where the lookup places <see cref="Postcode"/>, null when it cannot (or none was given).
    /// </summary>
    public (Checked? Request, Dictionary<string, string[]> Errors) Check(Features.People.PostcodeLookup.Centre? postcodeCentre = null)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string parameter, string message) => errors[parameter] = [message];

        var termId = ReadId("taxonomy_term_id", TaxonomyTermId, Fail);
        var taxonomyId = ReadId("taxonomy_id", TaxonomyId, Fail);
        var organisationId = ReadId("organization_id", OrganizationId, Fail);
        DateTimeOffset? modifiedAfter = null;
        if (Given(ModifiedAfter))
        {
            if (DateTimeOffset.TryParse(ModifiedAfter, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var after))
            {
                modifiedAfter = after;
            }
            else
            {
                Fail("modified_after", "modified_after must be a date and time, such as 2026-11-24T10:30:00Z.");
            }
        }

        var near = ReadProximity(postcodeCentre, Fail);
        var full = false;
        if (Given(Full) && !bool.TryParse(Full, out full))
        {
            Fail("full", "full must be true or false.");
        }

        if (Given(Format) && !string.Equals(Format.Trim(), "json", StringComparison.OrdinalIgnoreCase))
        {
            Fail("format", "Only json is served; ndjson streaming is not available.");
        }

        var page = ReadWholeNumber("page", Page, Fail);
        var perPage = ReadWholeNumber("per_page", PerPage, Fail);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var (pageNumber, size) = HsdsEndpoints.Paging(page, perPage);
        var services = new HsdsServicesQuery.Filters(Given(Search) ? Search.Trim() : null, termId, taxonomyId, organisationId, modifiedAfter);
        return (new Checked(new HsdsServiceAtLocationsQuery.Filters(services, near), pageNumber, size, full), errors);
    }

    private HsdsServiceAtLocationsQuery.Proximity? ReadProximity(Features.People.PostcodeLookup.Centre? postcodeCentre, Action<string, string> fail)
    {
        var latitude = ReadNumber("lat", Lat, -90, 90, "lat must be a latitude in degrees, between -90 and 90.", fail);
        var longitude = ReadNumber("lon", Lon, -180, 180, "lon must be a longitude in degrees, between -180 and 180.", fail);
        var metres = ReadNumber("proximity", Proximity, double.Epsilon, MaxProximityMetres,
            $"proximity must be a distance in metres, more than 0 and at most {MaxProximityMetres.ToString(CultureInfo.InvariantCulture)}.", fail);
        var point = Given(Lat) || Given(Lon);
        if (Given(Postcode))
        {
            if (point)
            {
                fail("postcode", "Give a postcode, or lat and lon, not both.");
            }
            else if (postcodeCentre is null)
            {
                fail("postcode", $"The postcode lookup cannot place '{Postcode.Trim()}': check it, or give lat and lon (WGS 84 degrees) instead.");
            }
            else
            {
                (latitude, longitude, point) = (postcodeCentre.Latitude, postcodeCentre.Longitude, true);
            }
        }

        if (Given(Lat) != Given(Lon))
        {
            fail(Given(Lat) ? "lon" : "lat", "Give both lat and lon, or neither.");
        }
        else if (point && !Given(Proximity))
        {
            fail("proximity", "With a point (a postcode, or lat and lon), give proximity: how far from it to look, in metres.");
        }
        else if (!point && Given(Proximity) && !Given(Postcode))
        {
            fail("proximity", "proximity is measured from a point: give a postcode, or lat and lon.");
        }

        return latitude is { } lat && longitude is { } lon && metres is { } distance ? new HsdsServiceAtLocationsQuery.Proximity(lat, lon, distance) : null;
    }

    private static Guid? ReadId(string parameter, string? value, Action<string, string> fail)
    {
        if (!Given(value))
        {
            return null;
        }

        if (Guid.TryParse(value, out var id))
        {
            return id;
        }

        fail(parameter, $"{parameter} must be a UUID, such as 0b1a7f5e-3c57-4f8e-9a4d-2f6c1e0d9b3a.");
        return null;
    }

    private static double? ReadNumber(string parameter, string? value, double minimum, double maximum, string message, Action<string, string> fail)
    {
        if (!Given(value))
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number >= minimum && number <= maximum)
        {
            return number;
        }

        fail(parameter, message);
        return null;
    }

    private static int? ReadWholeNumber(string parameter, string? value, Action<string, string> fail)
    {
        if (!Given(value))
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        fail(parameter, $"{parameter} must be a whole number.");
        return null;
    }

    private static bool Given([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? value) => !string.IsNullOrWhiteSpace(value);
}
