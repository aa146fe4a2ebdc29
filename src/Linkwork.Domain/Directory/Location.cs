using Linkwork.Domain.Common;

namespace Linkwork.Domain.Directory;

/// <summary>A physical place where services are delivered (HSDS location with its physical address).</summary>
public sealed class Location
{
    private Location() { }

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }
    public string Name { get; private set; } = "";
    public string AddressLine { get; private set; } = "";
    public string Town { get; private set; } = "";
    public string Postcode { get; private set; } = "";
    public double Latitude { get; private set; }
    public double Longitude { get; private set; }

    public static Location Create(
        Guid id, Guid organisationId, string name, string addressLine, string town, string postcode,
        double latitude, double longitude)
    {
        if (latitude is < -90 or > 90 || double.IsNaN(latitude))
        {
            throw new DomainRuleException($"Latitude must be between -90 and 90; {latitude} was given.");
        }

        if (longitude is < -180 or > 180 || double.IsNaN(longitude))
        {
            throw new DomainRuleException($"Longitude must be between -180 and 180; {longitude} was given.");
        }

        return new Location
        {
            Id = id,
            OrganisationId = organisationId,
            Name = Text.Required(name, "The location's name", 200),
            AddressLine = Text.Required(addressLine, "The address", 300),
            Town = Text.Required(town, "The town", 100),
            Postcode = Text.Required(postcode, "The postcode", 12),
            Latitude = latitude,
            Longitude = longitude,
        };
    }
}
