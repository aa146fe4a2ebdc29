using System.Text.Json;
using Linkwork.Domain.Directory.Parts;

namespace Linkwork.Interop.Hsds;

/// <summary>
/// Maps the repeating parts HSDS nests inside services, locations and organisations, field by field under the
/// HSDS names. Parts carry no attributes or metadata in Linkwork, so those nested lists are not read.
/// </summary>
internal static class PartsMapper
{
    public static Phone Phone(MapContext c, JsonElement e, string path) => new()
    {
        Id = c.Id(e, path),
        Number = c.RequiredText(e, path, "number"),
        Extension = c.Whole(e, path, "extension"),
        Type = c.Text(e, path, "type"),
        Description = c.Text(e, path, "description"),
        Languages = c.List(e, path, "languages", (l, p) => Language(c, l, p)),
    };

    public static Language Language(MapContext c, JsonElement e, string path) => new()
    {
        Id = c.Id(e, path),
        Name = c.Text(e, path, "name"),
        Code = c.Text(e, path, "code"),
        Note = c.Text(e, path, "note"),
    };

    public static Schedule Schedule(MapContext c, JsonElement e, string path) => new()
    {
        Id = c.Id(e, path),
        ValidFrom = c.Text(e, path, "valid_from"),
        ValidTo = c.Text(e, path, "valid_to"),
        Dtstart = c.Text(e, path, "dtstart"),
        Timezone = c.Number(e, path, "timezone"),
        Until = c.Text(e, path, "until"),
        Count = c.Whole(e, path, "count"),
        Wkst = c.Text(e, path, "wkst"),
        Freq = c.Text(e, path, "freq"),
        Interval = c.Whole(e, path, "interval"),
        Byday = c.Text(e, path, "byday"),
        Byweekno = c.Text(e, path, "byweekno"),
        Bymonthday = c.Text(e, path, "bymonthday"),
        Byyearday = c.Text(e, path, "byyearday"),
        Description = c.Text(e, path, "description"),
        OpensAt = c.Text(e, path, "opens_at"),
        ClosesAt = c.Text(e, path, "closes_at"),
        ScheduleLink = c.Text(e, path, "schedule_link"),
        AttendingType = c.Text(e, path, "attending_type"),
        Notes = c.Text(e, path, "notes"),
    };

    public static Contact Contact(MapContext c, JsonElement e, string path) => new()
    {
        Id = c.Id(e, path),
        Name = c.Text(e, path, "name"),
        Title = c.Text(e, path, "title"),
        Department = c.Text(e, path, "department"),
        Email = c.Text(e, path, "email"),
        Phones = c.List(e, path, "phones", (p, at) => Phone(c, p, at)),
    };

    public static Address Address(MapContext c, JsonElement e, string path) => new()
    {
        Id = c.Id(e, path),
        Attention = c.Text(e, path, "attention"),
        Address1 = c.RequiredText(e, path, "address_1"),
        Address2 = c.Text(e, path, "address_2"),
        City = c.RequiredText(e, path, "city"),
        Region = c.Text(e, path, "region"),
        StateProvince = c.RequiredText(e, path, "state_province"),
        PostalCode = c.RequiredText(e, path, "postal_code"),
        Country = c.RequiredText(e, path, "country"),
        AddressType = c.RequiredText(e, path, "address_type"),
    };

    // The UK profile adds a free-text "accessibility" beside (or instead of) the description.
    public static Accessibility Accessibility(MapContext c, JsonElement e, string path) => new()
    {
        Id = c.Id(e, path),
        Description = c.Text(e, path, "description") ?? c.Text(e, path, "accessibility"),
        Details = c.Text(e, path, "details"),
        Url = c.Text(e, path, "url"),
    };

    // The UK profile adds a free-text "service_area" beside (or instead of) the description.
    public static ServiceArea ServiceArea(MapContext c, JsonElement e, string path) => new()
    {
        Id = c.Id(e, path),
        Name = c.Text(e, path, "name"),
        Description = c.Text(e, path, "description") ?? c.Text(e, path, "service_area"),
        Extent = c.Text(e, path, "extent"),
        ExtentType = c.Text(e, path, "extent_type"),
        Uri = c.Text(e, path, "uri"),
    };

    public static CostOption CostOption(MapContext c, JsonElement e, string path) => new()
    {
        Id = c.Id(e, path),
        ValidFrom = c.Date(e, path, "valid_from"),
        ValidTo = c.Date(e, path, "valid_to"),
        Option = c.Text(e, path, "option"),
        Currency = c.Text(e, path, "currency"),
        Amount = c.Decimal(e, path, "amount"),
        AmountDescription = c.Text(e, path, "amount_description"),
    };

    public static Funding Funding(MapContext c, JsonElement e, string path) => new()
    {
        Id = c.Id(e, path),
        Source = c.Text(e, path, "source"),
    };

    public static RequiredDocument RequiredDocument(MapContext c, JsonElement e, string path) => new()
    {
        Id = c.Id(e, path),
        Document = c.Text(e, path, "document"),
        Uri = c.Text(e, path, "uri"),
    };

    public static OrganisationIdentifier Identifier(MapContext c, JsonElement e, string path) => new()
    {
        Id = c.Id(e, path),
        IdentifierScheme = c.Text(e, path, "identifier_scheme"),
        IdentifierType = c.RequiredText(e, path, "identifier_type"),
        Identifier = c.RequiredText(e, path, "identifier"),
    };

    public static OrganisationProgram Program(MapContext c, JsonElement e, string path) => new()
    {
        Id = c.Id(e, path),
        Name = c.RequiredText(e, path, "name"),
        AlternateName = c.Text(e, path, "alternate_name"),
        Description = c.RequiredText(e, path, "description"),
    };
}
