namespace Linkwork.Domain.Directory.Parts;

/// <summary>A named person or role to get in touch with (HSDS contact).</summary>
public sealed record Contact
{
    public required Guid Id { get; init; }
    public string? Name { get; init; }
    public string? Title { get; init; }
    public string? Department { get; init; }
    public string? Email { get; init; }
    public IReadOnlyList<Phone> Phones { get; init; } = [];
}
