namespace Linkwork.Domain.Directory.Parts;

/// <summary>The geographic area a service covers (HSDS service_area).</summary>
public sealed record ServiceArea
{
    public required Guid Id { get; init; }
    public string? Name { get; init; }
    public string? Description { get; init; }
    /// <summary>A GeoJSON, WKT or KML shape, as <see cref="ExtentType"/> says.</summary>
    public string? Extent { get; init; }
    public string? ExtentType { get; init; }
    public string? Uri { get; init; }
}
