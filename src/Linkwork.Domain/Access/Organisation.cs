using Linkwork.Domain.Common;
using Linkwork.Domain.Directory;

namespace Linkwork.Domain.Access;

/// <summary>
/// An organisation users belong to. Provider organisations are also the HSDS "organization" that
/// publishes services in the directory.
/// </summary>
public sealed class Organisation
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 4000;

    private Organisation() { }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public string Name { get; private set; } = "";
    public OrganisationKind Kind { get; private set; }
    public string? Description { get; private set; }
    public string? Website { get; private set; }
    public string? Email { get; private set; }
    public string? Phone { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public OrganisationListing Listing { get; private set; } = new();
    public DateTimeOffset LastModified { get; private set; }

    public static Organisation Create(
        Guid id, Guid programmeId, string name, OrganisationKind kind, DateTimeOffset now,
        string? description = null, string? website = null, string? email = null, string? phone = null) => new()
        {
            Id = id,
            ProgrammeId = programmeId,
            Name = Text.Required(name, "The organisation's name", NameMaxLength),
            Kind = kind,
            Description = Text.Optional(description, "The organisation's description", DescriptionMaxLength),
            Website = Text.Optional(website, "The website", 500),
            Email = Text.Optional(email, "The email address", 254),
            Phone = Text.Optional(phone, "The phone number", 40),
            CreatedAt = now,
            LastModified = now,
        };

    /// <summary>Replaces what the directory publishes about the organisation, e.g. from an HSDS feed.</summary>
    public void ReviseListing(
        string name, string? description, string? website, string? email, string? phone, OrganisationListing listing, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(listing);
        var revised = Create(Id, ProgrammeId, name, Kind, now, description, website, email, phone);
        revised.Listing = listing with
        {
            AlternateName = Text.Optional(listing.AlternateName, "The organisation's alternate name", NameMaxLength),
            Logo = WebAddress.Optional(listing.Logo, "The logo's address"),
            Uri = WebAddress.Optional(listing.Uri, "The organisation's address"),
        };
        if (revised.Name == Name && revised.Description == Description && revised.Website == Website && revised.Email == Email
            && revised.Phone == Phone && SameContent.Of(revised.Listing, Listing))
        {
            return;
        }

        (Name, Description, Website, Email, Phone, Listing, LastModified) =
            (revised.Name, revised.Description, revised.Website, revised.Email, revised.Phone, revised.Listing, now);
    }
}
