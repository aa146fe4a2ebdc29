using System.Text.Json;
using Linkwork.Domain.Directory;

namespace Linkwork.Interop.Hsds;

/// <summary>Writes a location with everything nested in it (addresses, phones, schedules, accessibility ...) or as a list item.</summary>
internal static class LocationJsonWriter
{
    public static void Location(Utf8JsonWriter w, Location location, WriteContext context)
    {
        var d = location.Details;
        w.WriteStartObject();
        OneToOne(w, location);
        w.List("languages", d.Languages, PartsJsonWriter.Language);
        w.List("addresses", d.Addresses, PartsJsonWriter.Address);
        w.List("contacts", d.Contacts, PartsJsonWriter.Contact);
        w.List("accessibility", d.Accessibility, PartsJsonWriter.Accessibility);
        w.List("phones", d.Phones, PartsJsonWriter.Phone);
        w.List("schedules", d.Schedules, PartsJsonWriter.Schedule);
        TaxonomyJsonWriter.Attributes(w, d.Attributes, location.Id, "location", context);
        w.WriteEndObject();
    }

    /// <summary>The location's one-to-one fields only, as HSDS nests it in a service_at_location list item.</summary>
    public static void Summary(Utf8JsonWriter w, Location location)
    {
        w.WriteStartObject();
        OneToOne(w, location);
        w.WriteEndObject();
    }

    private static void OneToOne(Utf8JsonWriter w, Location location)
    {
        var d = location.Details;
        w.Id("id", location.Id);
        w.WriteString("location_type", d.LocationType);
        w.Text("url", d.Url);
        w.Id("organization_id", location.OrganisationId);
        w.Text("name", d.Name);
        w.Text("alternate_name", d.AlternateName);
        w.Text("description", d.Description);
        w.Text("transportation", d.Transportation);
        w.Number("latitude", d.Latitude);
        w.Number("longitude", d.Longitude);
        w.Text("external_identifier", d.ExternalIdentifier);
        w.Text("external_identifier_type", d.ExternalIdentifierType);
    }
}
