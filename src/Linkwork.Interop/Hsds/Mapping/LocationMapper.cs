using System.Globalization;
using System.Text.Json;
using Linkwork.Domain.Common;
using Linkwork.Domain.Directory;

namespace Linkwork.Interop.Hsds;

/// <summary>Maps an HSDS location to <see cref="LocationDetails"/> and checks it by the domain's rules.</summary>
internal static class LocationMapper
{
    public static HsdsLocationRecord? Map(MapContext c, JsonElement e, string path, Guid? parentOrganisationId, IEmbeddedRecords embedded)
    {
        var (latitude, longitude) = Coordinates(c, e, path);
        var details = new LocationDetails
        {
            LocationType = c.RequiredText(e, path, "location_type"),
            Url = c.Text(e, path, "url", WebAddress.MaxLength),
            Name = c.Text(e, path, "name", ServiceDetailsRules.NameMaxLength),
            AlternateName = c.Text(e, path, "alternate_name", ServiceDetailsRules.NameMaxLength),
            Description = c.Text(e, path, "description", ServiceDetailsRules.DescriptionMaxLength),
            Transportation = c.Text(e, path, "transportation", ServiceDetailsRules.TextMaxLength),
            Latitude = latitude,
            Longitude = longitude,
            ExternalIdentifier = c.Text(e, path, "external_identifier"),
            ExternalIdentifierType = c.Text(e, path, "external_identifier_type"),
            Languages = c.List(e, path, "languages", (x, p) => PartsMapper.Language(c, x, p)),
            Addresses = c.List(e, path, "addresses", (x, p) => PartsMapper.Address(c, x, p)),
            Contacts = c.List(e, path, "contacts", (x, p) => PartsMapper.Contact(c, x, p)),
            Accessibility = c.List(e, path, "accessibility", (x, p) => PartsMapper.Accessibility(c, x, p)),
            Phones = c.List(e, path, "phones", (x, p) => PartsMapper.Phone(c, x, p)),
            Schedules = c.List(e, path, "schedules", (x, p) => PartsMapper.Schedule(c, x, p)),
            Attributes = AttributeMapper.Attributes(c, e, path, embedded),
        };

        var id = c.Id(e, path);
        var organisationId = c.Uuid(e, path, "organization_id") ?? parentOrganisationId;
        if (c.Failed)
        {
            return null;
        }

        try
        {
            // The aggregate holds the rules (type, coordinates, language codes, lengths); what it keeps is what we keep.
            var checkedDetails = Location.Create(id, organisationId, details, DateTimeOffset.UnixEpoch).Details;
            return new HsdsLocationRecord(id, organisationId, checkedDetails);
        }
        catch (DomainRuleException rule)
        {
            c.Error(path, rule.Message);
            return null;
        }
    }

    private static (double? Latitude, double? Longitude) Coordinates(MapContext c, JsonElement e, string path)
    {
        var latitude = c.Number(e, path, "latitude");
        var longitude = c.Number(e, path, "longitude");
        var problems = new List<(string Field, string Message)>();
        if (latitude is < -90 or > 90)
        {
            problems.Add(("latitude", $"{latitude.Value.ToString(CultureInfo.InvariantCulture)} is not a latitude (it must lie between -90 and 90)"));
        }

        if (longitude is < -180 or > 180)
        {
            problems.Add(("longitude", $"{longitude.Value.ToString(CultureInfo.InvariantCulture)} is not a longitude (it must lie between -180 and 180)"));
        }

        if (problems.Count == 0 && latitude.HasValue != longitude.HasValue)
        {
            problems.Add((latitude.HasValue ? "longitude" : "latitude", "is missing: a location needs both latitude and longitude, or neither"));
        }

        if (problems.Count == 0)
        {
            return (latitude, longitude);
        }

        foreach (var (field, message) in problems)
        {
            if (c.Options.OutOfRangeCoordinates == HsdsCoordinatePolicy.DropWithWarning)
            {
                c.Warn(JsonFields.Field(path, field), message + "; the location is kept without coordinates");
            }
            else
            {
                c.Error(JsonFields.Field(path, field), message);
            }
        }

        return (null, null);
    }
}
