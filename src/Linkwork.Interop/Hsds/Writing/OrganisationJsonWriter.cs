using System.Text.Json;
using Linkwork.Domain.Access;
using Linkwork.Domain.Directory;
using Linkwork.Domain.Directory.Parts;

namespace Linkwork.Interop.Hsds;

/// <summary>Writes a provider organisation as an HSDS organization.</summary>
internal static class OrganisationJsonWriter
{
    /// <summary>
    /// The organisation's one-to-one fields; with <paramref name="nested"/>, its listing's lists too (funding,
    /// contacts, phones, programs, identifiers, attributes), as a fully nested organization carries them.
    /// </summary>
    public static void Organisation(Utf8JsonWriter w, Organisation organisation, WriteContext context, bool nested,
        IReadOnlyCollection<Service>? services = null, IReadOnlyCollection<Location>? locations = null)
    {
        var listing = organisation.Listing;
        w.WriteStartObject();
        w.Id("id", organisation.Id);
        w.WriteString("name", organisation.Name);
        w.Text("alternate_name", listing.AlternateName);
        // HSDS requires a description; Linkwork does not, so an organisation without one says so with empty text.
        w.WriteString("description", organisation.Description ?? "");
        w.Text("email", organisation.Email);
        w.Text("website", organisation.Website);
        w.Text("tax_status", listing.TaxStatus);
        w.Text("tax_id", listing.TaxId);
        w.Number("year_incorporated", listing.YearIncorporated);
        w.Text("legal_status", listing.LegalStatus);
        w.Text("logo", listing.Logo);
        w.Text("uri", listing.Uri);
        w.Id("parent_organization_id", listing.ParentOrganisationId);
        if (nested)
        {
            w.List("funding", listing.Funding, PartsJsonWriter.Funding);
            w.List("contacts", listing.Contacts, PartsJsonWriter.Contact);
            w.List("phones", Phones(organisation), PartsJsonWriter.Phone);
            if (locations is not null)
            {
                w.List("locations", locations, (writer, location) => LocationJsonWriter.Location(writer, location, context));
            }

            w.List("programs", listing.Programs, PartsJsonWriter.Program);
            w.List("organization_identifiers", listing.Identifiers, PartsJsonWriter.Identifier);
            TaxonomyJsonWriter.Attributes(w, listing.Attributes, organisation.Id, "organization", context);
            if (services is not null)
            {
                w.List("services", services, (writer, service) => ServiceJsonWriter.Service(writer, service, context, withOrganisation: false));
            }
        }

        w.WriteEndObject();
    }

    /// <summary>
    /// The listing's phones; an organisation kept in Linkwork with only its own phone number publishes that one,
    /// under an id derived from the organisation's so every export gives the same.
    /// </summary>
    private static IReadOnlyList<Phone> Phones(Organisation organisation)
    {
        if (organisation.Listing.Phones.Count > 0 || string.IsNullOrWhiteSpace(organisation.Phone))
        {
            return organisation.Listing.Phones;
        }

        return [new Phone { Id = DerivedIds.From("organisation-phone/" + organisation.Id.ToString("D")), Number = organisation.Phone }];
    }
}
