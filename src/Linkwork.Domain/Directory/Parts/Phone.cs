namespace Linkwork.Domain.Directory.Parts;

/// <summary>A phone line (HSDS phone).</summary>
public sealed record Phone
{
    public required Guid Id { get; init; }
    public required string Number { get; init; }
    public int? Extension { get; init; }
    /// <summary>text, voice, fax, cell, video, pager or textphone.</summary>
    public string? Type { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<Language> Languages { get; init; } = [];
}
