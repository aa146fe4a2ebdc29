namespace Linkwork.Domain.Directory.Parts;

/// <summary>
/// A taxonomy term attached to a record, with an optional value (HSDS attribute). This is how services
/// are classified: the directory's need categories and any imported taxonomy arrive as attributes.
/// </summary>
public sealed record TermLink
{
    public required Guid Id { get; init; }
    public required Guid TaxonomyTermId { get; init; }
    public string? LinkType { get; init; }
    public string? Value { get; init; }
}
