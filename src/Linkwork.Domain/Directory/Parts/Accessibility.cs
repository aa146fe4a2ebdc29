namespace Linkwork.Domain.Directory.Parts;

/// <summary>What a location offers for disabled people (HSDS accessibility).</summary>
public sealed record Accessibility
{
    public required Guid Id { get; init; }
    public string? Description { get; init; }
    public string? Details { get; init; }
    public string? Url { get; init; }
}
