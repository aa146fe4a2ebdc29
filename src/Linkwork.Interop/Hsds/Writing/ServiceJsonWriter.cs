using System.Text.Json;
using Linkwork.Domain.Directory;
using Linkwork.Domain.Directory.Parts;

namespace Linkwork.Interop.Hsds;

/// <summary>Writes a service as HSDS: fully nested (what /services/{id} returns) or as a list item (one-to-one fields).</summary>
internal static class ServiceJsonWriter
{
    private static readonly (DeliveryModes Mode, string Code)[] ModeCodes =
        [(DeliveryModes.InPerson, "in_person"), (DeliveryModes.Phone, "phone"), (DeliveryModes.Online, "online")];

    /// <summary>
    /// The service fully nested; without its organization where it sits inside the organization, and without its
    /// service_at_locations where it sits inside one of them.
    /// </summary>
    public static void Service(Utf8JsonWriter w, Service service, WriteContext context, bool withOrganisation = true, bool withServiceAtLocations = true)
    {
        var d = service.Details;
        w.WriteStartObject();
        OneToOne(w, service);
        w.List("phones", d.Phones, PartsJsonWriter.Phone);
        w.List("schedules", d.Schedules, PartsJsonWriter.Schedule);
        w.List("service_areas", d.ServiceAreas, PartsJsonWriter.ServiceArea);
        if (withServiceAtLocations)
        {
            w.List("service_at_locations", d.Locations, (writer, at) => ServiceAtLocation(writer, service, at, context, withService: false));
        }

        w.List("languages", d.Languages, PartsJsonWriter.Language);
        var organisation = context.Lookups.Organisation(service.OrganisationId);
        if (withOrganisation && organisation is not null)
        {
            w.WritePropertyName("organization");
            OrganisationJsonWriter.Organisation(w, organisation, context, nested: true);
        }

        w.List("funding", d.Funding, PartsJsonWriter.Funding);
        w.List("cost_options", d.CostOptions, PartsJsonWriter.CostOption);
        if (d.ProgramId is { } programId && organisation?.Listing.Programs.FirstOrDefault(p => p.Id == programId) is { } program)
        {
            w.WritePropertyName("program");
            PartsJsonWriter.Program(w, program);
        }

        w.List("required_documents", d.RequiredDocuments, PartsJsonWriter.RequiredDocument);
        w.List("contacts", d.Contacts, PartsJsonWriter.Contact);
        TaxonomyJsonWriter.Attributes(w, AttributesOf(service), service.Id, "service", context);
        LinkworkFields(w, service, context);
        w.WriteEndObject();
    }

    /// <summary>A list item: the one-to-one fields and the organization's (HSDS service_list).</summary>
    public static void Summary(Utf8JsonWriter w, Service service, WriteContext context)
    {
        w.WriteStartObject();
        OneToOne(w, service);
        if (context.Lookups.Organisation(service.OrganisationId) is { } organisation)
        {
            w.WritePropertyName("organization");
            OrganisationJsonWriter.Organisation(w, organisation, context, nested: false);
        }

        LinkworkFields(w, service, context);
        w.WriteEndObject();
    }

    /// <summary>Where the service is delivered: the location nested whole, and the service's list item when asked.</summary>
    public static void ServiceAtLocation(Utf8JsonWriter w, Service service, ServiceAtLocation at, WriteContext context, bool withService)
    {
        w.WriteStartObject();
        AtLocationFields(w, service, at, withParts: true);
        if (context.Lookups.Location(at.LocationId) is { } location)
        {
            w.WritePropertyName("location");
            LocationJsonWriter.Location(w, location, context);
        }

        if (withService)
        {
            w.WritePropertyName("service");
            Summary(w, service, context);
        }

        w.WriteEndObject();
    }

    /// <summary>A list item (HSDS service_at_location_list): the one-to-one fields of itself, its location and its service.</summary>
    public static void ServiceAtLocationSummary(Utf8JsonWriter w, Service service, ServiceAtLocation at, WriteContext context)
    {
        w.WriteStartObject();
        AtLocationFields(w, service, at, withParts: false);
        if (context.Lookups.Location(at.LocationId) is { } location)
        {
            w.WritePropertyName("location");
            LocationJsonWriter.Summary(w, location);
        }

        w.WritePropertyName("service");
        Summary(w, service, context);
        w.WriteEndObject();
    }

    /// <summary>
    /// Fully nested (HSDS service_at_location_full): its own contacts, phones and hours, its location whole and its
    /// service whole with the organization, but not the service's other places again.
    /// </summary>
    public static void ServiceAtLocationFull(Utf8JsonWriter w, Service service, ServiceAtLocation at, WriteContext context)
    {
        w.WriteStartObject();
        AtLocationFields(w, service, at, withParts: true);
        if (context.Lookups.Location(at.LocationId) is { } location)
        {
            w.WritePropertyName("location");
            LocationJsonWriter.Location(w, location, context);
        }

        w.WritePropertyName("service");
        Service(w, service, context, withServiceAtLocations: false);
        w.WriteEndObject();
    }

    private static void AtLocationFields(Utf8JsonWriter w, Service service, ServiceAtLocation at, bool withParts)
    {
        w.Id("id", at.Id);
        w.Id("service_id", service.Id);
        w.Id("location_id", at.LocationId);
        w.Text("description", at.Description);
        if (withParts)
        {
            w.List("contacts", at.Contacts, PartsJsonWriter.Contact);
            w.List("phones", at.Phones, PartsJsonWriter.Phone);
            w.List("schedules", at.Schedules, PartsJsonWriter.Schedule);
        }
    }

    private static void OneToOne(Utf8JsonWriter w, Service service)
    {
        var d = service.Details;
        w.Id("id", service.Id);
        w.Id("organization_id", service.OrganisationId);
        w.Id("program_id", d.ProgramId);
        w.WriteString("name", d.Name);
        w.Text("alternate_name", d.AlternateName);
        w.Text("description", d.Description);
        w.Text("url", d.Url);
        w.Text("email", d.Email);
        w.WriteString("status", d.Status.Code());
        w.Text("interpretation_services", d.InterpretationServices);
        w.Text("application_process", d.ApplicationProcess);
        w.Text("fees_description", d.FeesDescription);
        w.Text("wait_time", d.WaitTime);
        w.Text("fees", d.Fees);
        w.Text("accreditations", d.Accreditations);
        w.Text("eligibility_description", d.EligibilityDescription);
        w.Number("minimum_age", d.MinimumAge);
        w.Number("maximum_age", d.MaximumAge);
        w.Date("assured_date", d.AssuredDate);
        w.Text("assurer_email", d.AssurerEmail);
        w.Text("licenses", d.Licenses);
        w.Text("alert", d.Alert);
        w.Timestamp("last_modified", service.LastModified);
    }

    /// <summary>
    /// The service's attributes, plus its need as an attribute of Linkwork's need taxonomy when a curator set the
    /// need without one: that is how a need travels in HSDS.
    /// </summary>
    private static IReadOnlyList<TermLink> AttributesOf(Service service)
    {
        var d = service.Details;
        if (d.Need is not { } need || d.Attributes.Any(a => a.TaxonomyTermId == NeedTaxonomy.TermId(need)))
        {
            return d.Attributes;
        }

        return [.. d.Attributes, new TermLink { Id = DerivedIds.From($"service-need/{service.Id:D}/{need}"), TaxonomyTermId = NeedTaxonomy.TermId(need) }];
    }

    /// <summary>What Linkwork adds to HSDS, as linkwork_* fields (see <see cref="HsdsWriteOptions.IncludeLinkworkFields"/>).</summary>
    private static void LinkworkFields(Utf8JsonWriter w, Service service, WriteContext context)
    {
        if (!context.Options.IncludeLinkworkFields)
        {
            return;
        }

        var d = service.Details;
        w.WriteString("linkwork_referral_mode", d.ReferralMode == ReferralMode.AcceptsReferrals ? "accepts_referrals" : "signpost_only");
        w.List("linkwork_delivery_modes", ModeCodes.Where(m => d.Modes.HasFlag(m.Mode)).Select(m => m.Code).ToList(), (writer, code) => writer.WriteStringValue(code));
        if (d.Need is { } need)
        {
            w.WriteString("linkwork_need", need.ToString());
        }

        if (service.Capacity is { } capacity)
        {
            // Who updated the capacity is a member of staff: that stays inside Linkwork.
            w.WriteStartObject("linkwork_capacity");
            w.WriteString("status", capacity.Status.Code());
            w.Number("estimated_wait_weeks", capacity.EstimatedWaitWeeks);
            w.Timestamp("updated_at", capacity.UpdatedAt);
            w.WriteEndObject();
        }
    }
}
