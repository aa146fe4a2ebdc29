namespace Linkwork.Domain.Directory.Parts;

/// <summary>A language a service, location or phone line works in (HSDS language).</summary>
public sealed record Language
{
    public required Guid Id { get; init; }
    public string? Name { get; init; }
    /// <summary>ISO 639 code (BCP 47 allowed), e.g. "en", "ur", "pl".</summary>
    public string? Code { get; init; }
    public string? Note { get; init; }
}
