using System.Text.Json;
using Linkwork.Domain.Common;
using Linkwork.Domain.Directory;

namespace Linkwork.Interop.Hsds;

/// <summary>A service as read from a feed, before its references to the rest of the feed are checked.</summary>
internal sealed record ServiceDraft(Guid Id, Guid? OrganisationId, ServiceDetails Details, DateTimeOffset? LastModified);

/// <summary>
/// Maps an HSDS service to <see cref="ServiceDetails"/>. Capacity, referral mode and delivery modes are not HSDS
/// fields and stay at their defaults; the need comes from the attributes, as the domain works it out.
/// </summary>
internal static class ServiceMapper
{
    public static ServiceDraft Map(MapContext c, JsonElement e, string path, IEmbeddedRecords embedded)
    {
        const int Max = ServiceDetailsRules.MaxParts;
        var organisationId = OrganisationOf(c, e, path, embedded);
        var programId = c.Uuid(e, path, "program_id");
        if (programId is null && JsonFields.TryGet(e, "program", out var program) && program.ValueKind == JsonValueKind.Object)
        {
            programId = c.Uuid(program, JsonFields.Field(path, "program"), "id");
        }

        var status = ServiceStatus.Active;
        if (c.Text(e, path, "status") is { } statusCode && !ServiceStatuses.TryParse(statusCode, out status))
        {
            c.Error(JsonFields.Field(path, "status"), $"'{JsonFields.Shorten(statusCode)}' is not active, inactive, defunct or temporarily closed");
        }

        var details = new ServiceDetails
        {
            Name = c.RequiredText(e, path, "name", ServiceDetailsRules.NameMaxLength),
            AlternateName = c.Text(e, path, "alternate_name", ServiceDetailsRules.NameMaxLength),
            Description = c.Text(e, path, "description", ServiceDetailsRules.DescriptionMaxLength),
            Url = c.Text(e, path, "url", WebAddress.MaxLength),
            Email = c.Text(e, path, "email", EmailAddress.MaxLength),
            Status = status,
            InterpretationServices = c.Text(e, path, "interpretation_services", ServiceDetailsRules.TextMaxLength),
            ApplicationProcess = c.Text(e, path, "application_process", ServiceDetailsRules.TextMaxLength),
            FeesDescription = c.Text(e, path, "fees_description", ServiceDetailsRules.TextMaxLength),
            WaitTime = c.Text(e, path, "wait_time", ServiceDetailsRules.TextMaxLength),
            Fees = c.Text(e, path, "fees", ServiceDetailsRules.TextMaxLength),
            Accreditations = c.Text(e, path, "accreditations", ServiceDetailsRules.TextMaxLength),
            EligibilityDescription = c.Text(e, path, "eligibility_description", ServiceDetailsRules.TextMaxLength),
            MinimumAge = Age(c, e, path, "minimum_age"),
            MaximumAge = Age(c, e, path, "maximum_age"),
            AssuredDate = c.Date(e, path, "assured_date"),
            AssurerEmail = c.Text(e, path, "assurer_email", EmailAddress.MaxLength),
            Licenses = c.Text(e, path, "licenses", ServiceDetailsRules.TextMaxLength),
            Alert = c.Text(e, path, "alert", ServiceDetailsRules.TextMaxLength),
            ProgramId = programId,
            Phones = c.List(e, path, "phones", (x, p) => PartsMapper.Phone(c, x, p), Max),
            Schedules = c.List(e, path, "schedules", (x, p) => PartsMapper.Schedule(c, x, p), Max),
            ServiceAreas = c.List(e, path, "service_areas", (x, p) => PartsMapper.ServiceArea(c, x, p), Max),
            Languages = c.List(e, path, "languages", (x, p) => PartsMapper.Language(c, x, p), Max),
            Funding = c.List(e, path, "funding", (x, p) => PartsMapper.Funding(c, x, p), Max),
            CostOptions = c.List(e, path, "cost_options", (x, p) => PartsMapper.CostOption(c, x, p), Max),
            RequiredDocuments = c.List(e, path, "required_documents", (x, p) => PartsMapper.RequiredDocument(c, x, p), Max),
            Contacts = c.List(e, path, "contacts", (x, p) => PartsMapper.Contact(c, x, p), Max),
            Attributes = AttributeMapper.Attributes(c, e, path, embedded, Max),
            Locations = c.List(e, path, "service_at_locations", (x, p) => ServiceAtLocation(c, x, p, embedded), Max),
        };

        return new ServiceDraft(c.Id(e, path), organisationId, details, c.Timestamp(e, path, "last_modified"));
    }

    /// <summary>
    /// A service_at_location: the location it names (by location_id or a nested location, which becomes a
    /// location record of its own) and what differs there.
    /// </summary>
    public static ServiceAtLocation? ServiceAtLocation(MapContext c, JsonElement e, string path, IEmbeddedRecords embedded)
    {
        var locationId = c.Uuid(e, path, "location_id");
        var referencePath = JsonFields.Field(path, "location_id");
        if (JsonFields.TryGet(e, "location", out var location) && location.ValueKind == JsonValueKind.Object)
        {
            var nestedId = c.Uuid(location, JsonFields.Field(path, "location"), "id");
            if (locationId is null)
            {
                locationId = nestedId;
                referencePath = JsonFields.Field(path, "location.id");
            }
            else if (nestedId is not null && nestedId != locationId)
            {
                c.Error(referencePath, $"says location {locationId} but the nested location is {nestedId}");
            }

            embedded.Location(location, JsonFields.Field(path, "location"), null);
        }

        if (locationId is null)
        {
            c.Error(path, "a service_at_location needs a location_id or a location");
            return null;
        }

        c.LocationReferences.Add((locationId.Value, referencePath));
        return new ServiceAtLocation
        {
            Id = c.Id(e, path),
            LocationId = locationId.Value,
            Description = c.Text(e, path, "description", ServiceDetailsRules.TextMaxLength),
            Contacts = c.List(e, path, "contacts", (x, p) => PartsMapper.Contact(c, x, p), ServiceDetailsRules.MaxParts),
            Phones = c.List(e, path, "phones", (x, p) => PartsMapper.Phone(c, x, p), ServiceDetailsRules.MaxParts),
            Schedules = c.List(e, path, "schedules", (x, p) => PartsMapper.Schedule(c, x, p), ServiceDetailsRules.MaxParts),
        };
    }

    private static Guid? OrganisationOf(MapContext c, JsonElement e, string path, IEmbeddedRecords embedded)
    {
        var organisationId = c.Uuid(e, path, "organization_id");
        if (JsonFields.TryGet(e, "organization", out var organisation) && organisation.ValueKind == JsonValueKind.Object)
        {
            var nestedId = c.Uuid(organisation, JsonFields.Field(path, "organization"), "id");
            if (organisationId is not null && nestedId is not null && nestedId != organisationId)
            {
                c.Error(JsonFields.Field(path, "organization_id"), $"says organisation {organisationId} but the nested organization is {nestedId}");
            }

            organisationId ??= nestedId;
            embedded.Organization(organisation, JsonFields.Field(path, "organization"));
        }

        return organisationId;
    }

    private static int? Age(MapContext c, JsonElement e, string path, string name)
    {
        var age = c.Whole(e, path, name);
        if (age is < 0 or > ServiceDetailsRules.MaxAge)
        {
            c.Error(JsonFields.Field(path, name), $"{age} is not an age Linkwork takes (0–{ServiceDetailsRules.MaxAge})");
            return null;
        }

        return age;
    }
}
