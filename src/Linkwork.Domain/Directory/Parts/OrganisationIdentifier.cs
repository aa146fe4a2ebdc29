namespace Linkwork.Domain.Directory.Parts;

/// <summary>A registration number of an organisation, e.g. a charity number (HSDS organization_identifier).</summary>
public sealed record OrganisationIdentifier
{
    public required Guid Id { get; init; }
    public string? IdentifierScheme { get; init; }
    public required string IdentifierType { get; init; }
    public required string Identifier { get; init; }
}
