using Linkwork.Domain.Directory.Parts;

namespace Linkwork.Domain.Directory;

/// <summary>What is known about a place services are delivered from (HSDS 3.0 location).</summary>
public sealed record LocationDetails
{
    /// <summary>physical, postal or virtual.</summary>
    public string LocationType { get; init; } = "physical";
    public string? Url { get; init; }
    public string? Name { get; init; }
    public string? AlternateName { get; init; }
    public string? Description { get; init; }
    public string? Transportation { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? ExternalIdentifier { get; init; }
    public string? ExternalIdentifierType { get; init; }
    public IReadOnlyList<Language> Languages { get; init; } = [];
    public IReadOnlyList<Address> Addresses { get; init; } = [];
    public IReadOnlyList<Contact> Contacts { get; init; } = [];
    public IReadOnlyList<Accessibility> Accessibility { get; init; } = [];
    public IReadOnlyList<Phone> Phones { get; init; } = [];
    public IReadOnlyList<Schedule> Schedules { get; init; } = [];
    public IReadOnlyList<TermLink> Attributes { get; init; } = [];
}
