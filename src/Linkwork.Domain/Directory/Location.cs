using Linkwork.Domain.Common;

namespace Linkwork.Domain.Directory;

/// <summary>A place where services are delivered, or a postal or virtual point of contact (HSDS location).</summary>
public sealed class Location
{
    private static readonly string[] LocationTypes = ["physical", "postal", "virtual"];

    private Location() { }

    public Guid Id { get; private set; }
    public Guid? OrganisationId { get; private set; }
    public LocationDetails Details { get; private set; } = null!;
    public DateTimeOffset LastModified { get; private set; }

    public string? Name => Details.Name;
    public double? Latitude => Details.Latitude;
    public double? Longitude => Details.Longitude;

    public static Location Create(Guid id, Guid? organisationId, LocationDetails details, DateTimeOffset now) => new()
    {
        Id = id,
        OrganisationId = organisationId,
        Details = Checked(details),
        LastModified = now,
    };

    public void Revise(Guid? organisationId, LocationDetails details, DateTimeOffset now)
    {
        var checkedDetails = Checked(details);
        if (organisationId != OrganisationId || !SameContent.Of(checkedDetails, Details))
        {
            OrganisationId = organisationId;
            Details = checkedDetails;
            LastModified = now;
        }
    }

    private static LocationDetails Checked(LocationDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (!LocationTypes.Contains(details.LocationType))
        {
            throw new DomainRuleException($"A location is physical, postal or virtual; '{WebAddress.Shorten(details.LocationType)}' was given.");
        }

        Coordinates.Check(details.Latitude, details.Longitude, "A location");

        foreach (var language in details.Languages)
        {
            LanguageCodes.Check(language.Code);
        }

        return details with
        {
            Name = Text.Optional(details.Name, "The location's name", ServiceDetailsRules.NameMaxLength),
            AlternateName = Text.Optional(details.AlternateName, "The location's alternate name", ServiceDetailsRules.NameMaxLength),
            Description = Text.Optional(details.Description, "The location's description", ServiceDetailsRules.DescriptionMaxLength),
            Transportation = Text.Optional(details.Transportation, "How to get there", ServiceDetailsRules.TextMaxLength),
            Url = WebAddress.Optional(details.Url, "The location's web address"),
        };
    }
}
