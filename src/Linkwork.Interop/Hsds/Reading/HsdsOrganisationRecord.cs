using Linkwork.Domain.Access;
using Linkwork.Domain.Directory;

namespace Linkwork.Interop.Hsds;

/// <summary>An HSDS organization, checked by the domain's rules, ready to become (or revise) a provider <see cref="Organisation"/>.</summary>
public sealed record HsdsOrganisationRecord(
    Guid Id, string Name, string? Description, string? Website, string? Email, string? Phone, OrganisationListing Listing)
{
    public Organisation CreateOrganisation(Guid programmeId, DateTimeOffset now)
    {
        var organisation = Organisation.Create(Id, programmeId, Name, OrganisationKind.Provider, now, Description, Website, Email, Phone);
        organisation.ReviseListing(Name, Description, Website, Email, Phone, Listing, now);
        return organisation;
    }

    public void ApplyTo(Organisation organisation, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        organisation.ReviseListing(Name, Description, Website, Email, Phone, Listing, now);
    }
}
