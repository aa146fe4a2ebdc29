using Linkwork.Domain.Directory;

namespace Linkwork.Web.Features.Directory.Import;

/// <summary>
/// A set of directory records to apply together, already read and checked against the HSDS schemas.
/// Ids are the feed's own (HSDS ids are UUIDs), so importing the same feed again updates the same records.
/// </summary>
public sealed record DirectoryBatch
{
    public IReadOnlyList<TaxonomyRecord> Taxonomies { get; init; } = [];
    public IReadOnlyList<TermRecord> Terms { get; init; } = [];
    public IReadOnlyList<OrganisationRecord> Organisations { get; init; } = [];
    public IReadOnlyList<LocationRecord> Locations { get; init; } = [];
    public IReadOnlyList<ServiceRecord> Services { get; init; } = [];

    public int Count => Taxonomies.Count + Terms.Count + Organisations.Count + Locations.Count + Services.Count;
}

public sealed record TaxonomyRecord(Guid Id, string Name, string? Description, string? Uri, string? Version);

public sealed record TermRecord(
    Guid Id, string Name, string? Description, Guid? TaxonomyId, string? Code = null, Guid? ParentId = null,
    string? TaxonomyName = null, string? Language = null, string? TermUri = null);

public sealed record OrganisationRecord(
    Guid Id, string Name, string? Description, string? Website, string? Email, string? Phone, OrganisationListing Listing);

public sealed record LocationRecord(Guid Id, Guid? OrganisationId, LocationDetails Details);

public sealed record ServiceRecord(Guid Id, Guid? OrganisationId, ServiceDetails Details);

/// <summary>Why one record cannot be imported: which record, where it came from, and what is wrong.</summary>
public sealed record RecordError(string Entity, string Id, string Where, string Message)
{
    public override string ToString() => $"{Entity} {Id} ({Where}): {Message}";
}
