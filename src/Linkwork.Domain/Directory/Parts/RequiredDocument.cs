namespace Linkwork.Domain.Directory.Parts;

/// <summary>A document a person must bring to use a service (HSDS required_document).</summary>
public sealed record RequiredDocument
{
    public required Guid Id { get; init; }
    public string? Document { get; init; }
    public string? Uri { get; init; }
}
