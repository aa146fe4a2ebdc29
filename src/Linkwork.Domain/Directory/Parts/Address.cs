namespace Linkwork.Domain.Directory.Parts;

/// <summary>A postal or physical address of a location (HSDS address).</summary>
public sealed record Address
{
    public required Guid Id { get; init; }
    public string? Attention { get; init; }
    public required string Address1 { get; init; }
    public string? Address2 { get; init; }
    public required string City { get; init; }
    public string? Region { get; init; }
    public required string StateProvince { get; init; }
    public required string PostalCode { get; init; }
    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    public required string Country { get; init; }
    /// <summary>physical, postal or virtual.</summary>
    public required string AddressType { get; init; }

    /// <summary>The postcode a place is known by: its first physical address's, else its first address's.</summary>
    public static string? PostcodeOf(IReadOnlyList<Address> addresses)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        return addresses.FirstOrDefault(a => a.AddressType == "physical")?.PostalCode ?? (addresses.Count > 0 ? addresses[0].PostalCode : null);
    }
}
