using Linkwork.Domain.Directory.Parts;

namespace Linkwork.Domain.Directory;

/// <summary>What the directory publishes about an organisation beyond its name and contact details (HSDS 3.0 organization).</summary>
public sealed record OrganisationListing
{
    public string? AlternateName { get; init; }
    public string? TaxStatus { get; init; }
    public string? TaxId { get; init; }
    public int? YearIncorporated { get; init; }
    public string? LegalStatus { get; init; }
    public string? Logo { get; init; }
    public string? Uri { get; init; }
    public Guid? ParentOrganisationId { get; init; }
    public IReadOnlyList<OrganisationIdentifier> Identifiers { get; init; } = [];
    public IReadOnlyList<Funding> Funding { get; init; } = [];
    public IReadOnlyList<Contact> Contacts { get; init; } = [];
    public IReadOnlyList<Phone> Phones { get; init; } = [];
    public IReadOnlyList<OrganisationProgram> Programs { get; init; } = [];
    public IReadOnlyList<TermLink> Attributes { get; init; } = [];
}
