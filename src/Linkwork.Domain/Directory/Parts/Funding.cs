namespace Linkwork.Domain.Directory.Parts;

/// <summary>Where the money for a service or organisation comes from (HSDS funding).</summary>
public sealed record Funding
{
    public required Guid Id { get; init; }
    public string? Source { get; init; }
}
