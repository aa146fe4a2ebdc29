using System.Text.Json;
using Linkwork.Domain.Access;
using Linkwork.Domain.Common;
using Linkwork.Domain.Directory;

namespace Linkwork.Interop.Hsds;

/// <summary>
/// Maps an HSDS organization to a provider organisation's fields and <see cref="OrganisationListing"/>. Its nested
/// services and locations are records of their own; the caller reads them.
/// </summary>
internal static class OrganisationMapper
{
    private const int PhoneMaxLength = 40;
    private const int WebsiteMaxLength = 500;

    public static HsdsOrganisationRecord? Map(MapContext c, JsonElement e, string path, IEmbeddedRecords embedded)
    {
        var phones = c.List(e, path, "phones", (x, p) => PartsMapper.Phone(c, x, p));
        var listing = new OrganisationListing
        {
            AlternateName = c.Text(e, path, "alternate_name", Organisation.NameMaxLength),
            TaxStatus = c.Text(e, path, "tax_status"),
            TaxId = c.Text(e, path, "tax_id"),
            YearIncorporated = c.Whole(e, path, "year_incorporated"),
            LegalStatus = c.Text(e, path, "legal_status"),
            Logo = c.Text(e, path, "logo", WebAddress.MaxLength),
            Uri = c.Text(e, path, "uri", WebAddress.MaxLength),
            ParentOrganisationId = c.Uuid(e, path, "parent_organization_id"),
            Identifiers = c.List(e, path, "organization_identifiers", (x, p) => PartsMapper.Identifier(c, x, p)),
            Funding = c.List(e, path, "funding", (x, p) => PartsMapper.Funding(c, x, p)),
            Contacts = c.List(e, path, "contacts", (x, p) => PartsMapper.Contact(c, x, p)),
            Phones = phones,
            Programs = c.List(e, path, "programs", (x, p) => PartsMapper.Program(c, x, p)),
            Attributes = AttributeMapper.Attributes(c, e, path, embedded),
        };

        var id = c.Id(e, path);
        var name = c.RequiredText(e, path, "name", Organisation.NameMaxLength);
        var description = c.Text(e, path, "description", Organisation.DescriptionMaxLength);
        var website = c.Text(e, path, "website", WebsiteMaxLength);
        var email = c.Text(e, path, "email", EmailAddress.MaxLength);

        // The organisation's own phone is its first line short enough to dial; every line stays in the listing.
        var phone = phones.Select(p => p.Number.Trim()).FirstOrDefault(n => n.Length is > 0 and <= PhoneMaxLength);
        if (c.Failed)
        {
            return null;
        }

        try
        {
            var organisation = Organisation.Create(id, Guid.Empty, name, OrganisationKind.Provider, DateTimeOffset.UnixEpoch, description, website, email, phone);
            organisation.ReviseListing(name, description, website, email, phone, listing, DateTimeOffset.UnixEpoch);
            return new HsdsOrganisationRecord(id, organisation.Name, organisation.Description, organisation.Website, organisation.Email, organisation.Phone, organisation.Listing);
        }
        catch (DomainRuleException rule)
        {
            c.Error(path, rule.Message);
            return null;
        }
    }
}
