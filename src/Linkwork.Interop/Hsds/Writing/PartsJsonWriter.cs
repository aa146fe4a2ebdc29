using System.Text.Json;
using Linkwork.Domain.Directory.Parts;

namespace Linkwork.Interop.Hsds;

/// <summary>Writes the repeating parts of services, locations and organisations under their HSDS names.</summary>
internal static class PartsJsonWriter
{
    public static void Phone(Utf8JsonWriter w, Phone phone)
    {
        w.WriteStartObject();
        w.Id("id", phone.Id);
        w.WriteString("number", phone.Number);
        w.Number("extension", phone.Extension);
        w.Text("type", phone.Type);
        w.Text("description", phone.Description);
        w.List("languages", phone.Languages, Language);
        w.WriteEndObject();
    }

    public static void Language(Utf8JsonWriter w, Language language)
    {
        w.WriteStartObject();
        w.Id("id", language.Id);
        w.Text("name", language.Name);
        w.Text("code", language.Code);
        w.Text("note", language.Note);
        w.WriteEndObject();
    }

    public static void Schedule(Utf8JsonWriter w, Schedule schedule)
    {
        w.WriteStartObject();
        w.Id("id", schedule.Id);
        w.Text("valid_from", schedule.ValidFrom);
        w.Text("valid_to", schedule.ValidTo);
        w.Text("dtstart", schedule.Dtstart);
        w.Number("timezone", schedule.Timezone);
        w.Text("until", schedule.Until);
        w.Number("count", schedule.Count);
        w.Text("wkst", schedule.Wkst);
        w.Text("freq", schedule.Freq);
        w.Number("interval", schedule.Interval);
        w.Text("byday", schedule.Byday);
        w.Text("byweekno", schedule.Byweekno);
        w.Text("bymonthday", schedule.Bymonthday);
        w.Text("byyearday", schedule.Byyearday);
        w.Text("description", schedule.Description);
        w.Text("opens_at", schedule.OpensAt);
        w.Text("closes_at", schedule.ClosesAt);
        w.Text("schedule_link", schedule.ScheduleLink);
        w.Text("attending_type", schedule.AttendingType);
        w.Text("notes", schedule.Notes);
        w.WriteEndObject();
    }

    public static void Contact(Utf8JsonWriter w, Contact contact)
    {
        w.WriteStartObject();
        w.Id("id", contact.Id);
        w.Text("name", contact.Name);
        w.Text("title", contact.Title);
        w.Text("department", contact.Department);
        w.Text("email", contact.Email);
        w.List("phones", contact.Phones, Phone);
        w.WriteEndObject();
    }

    public static void Address(Utf8JsonWriter w, Address address)
    {
        w.WriteStartObject();
        w.Id("id", address.Id);
        w.Text("attention", address.Attention);
        w.WriteString("address_1", address.Address1);
        w.Text("address_2", address.Address2);
        w.WriteString("city", address.City);
        w.Text("region", address.Region);
        w.WriteString("state_province", address.StateProvince);
        w.WriteString("postal_code", address.PostalCode);
        w.WriteString("country", address.Country);
        w.WriteString("address_type", address.AddressType);
        w.WriteEndObject();
    }

    public static void Accessibility(Utf8JsonWriter w, Accessibility accessibility)
    {
        w.WriteStartObject();
        w.Id("id", accessibility.Id);
        w.Text("description", accessibility.Description);
        w.Text("details", accessibility.Details);
        w.Text("url", accessibility.Url);
        w.WriteEndObject();
    }

    public static void ServiceArea(Utf8JsonWriter w, ServiceArea area)
    {
        w.WriteStartObject();
        w.Id("id", area.Id);
        w.Text("name", area.Name);
        w.Text("description", area.Description);
        w.Text("extent", area.Extent);
        w.Text("extent_type", area.ExtentType);
        w.Text("uri", area.Uri);
        w.WriteEndObject();
    }

    public static void CostOption(Utf8JsonWriter w, CostOption cost)
    {
        w.WriteStartObject();
        w.Id("id", cost.Id);
        w.Date("valid_from", cost.ValidFrom);
        w.Date("valid_to", cost.ValidTo);
        w.Text("option", cost.Option);
        w.Text("currency", cost.Currency);
        w.Number("amount", cost.Amount);
        w.Text("amount_description", cost.AmountDescription);
        w.WriteEndObject();
    }

    public static void Funding(Utf8JsonWriter w, Funding funding)
    {
        w.WriteStartObject();
        w.Id("id", funding.Id);
        w.Text("source", funding.Source);
        w.WriteEndObject();
    }

    public static void RequiredDocument(Utf8JsonWriter w, RequiredDocument document)
    {
        w.WriteStartObject();
        w.Id("id", document.Id);
        w.Text("document", document.Document);
        w.Text("uri", document.Uri);
        w.WriteEndObject();
    }

    public static void Identifier(Utf8JsonWriter w, OrganisationIdentifier identifier)
    {
        w.WriteStartObject();
        w.Id("id", identifier.Id);
        w.Text("identifier_scheme", identifier.IdentifierScheme);
        w.WriteString("identifier_type", identifier.IdentifierType);
        w.WriteString("identifier", identifier.Identifier);
        w.WriteEndObject();
    }

    public static void Program(Utf8JsonWriter w, OrganisationProgram program)
    {
        w.WriteStartObject();
        w.Id("id", program.Id);
        w.WriteString("name", program.Name);
        w.Text("alternate_name", program.AlternateName);
        w.WriteString("description", program.Description);
        w.WriteEndObject();
    }
}
