using Hl7.Fhir.Model;

namespace Linkwork.Interop.Fhir;

/// <summary>A place of the directory as a Location: name, description, address, position, phones, who runs it.</summary>
public static class LocationMapper
{
    public static Location Map(LocationFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var location = new Location
        {
            Id = facts.Id.ToString(),
            Meta = FhirReferences.Meta(null, facts.LastModified),
            Status = Location.LocationStatus.Active,
            Name = facts.Name,
            Description = facts.Description,
            Mode = Location.LocationMode.Instance,
        };
        if (facts.AddressLines.Count > 0 || facts.Postcode is not null)
        {
            location.Address = new Address { Use = Address.AddressUse.Work, Line = facts.AddressLines, City = facts.City, PostalCode = facts.Postcode };
        }

        if (facts is { Latitude: { } latitude, Longitude: { } longitude })
        {
            location.Position = new Location.PositionComponent { Latitude = (decimal)latitude, Longitude = (decimal)longitude };
        }

        location.Telecom.AddRange(facts.Phones.Select(p => new ContactPoint(ContactPoint.ContactPointSystem.Phone, ContactPoint.ContactPointUse.Work, p)));
        if (facts.OrganisationId is { } organisation)
        {
            location.ManagingOrganization = FhirReferences.To("Organization", organisation, facts.OrganisationName);
        }

        return location;
    }
}
