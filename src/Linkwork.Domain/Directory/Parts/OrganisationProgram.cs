namespace Linkwork.Domain.Directory.Parts;

/// <summary>A group of an organisation's services run together (HSDS program).</summary>
public sealed record OrganisationProgram
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }
    public string? AlternateName { get; init; }
    public required string Description { get; init; }
}
