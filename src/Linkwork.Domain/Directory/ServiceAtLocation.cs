namespace Linkwork.Domain.Directory;

/// <summary>That a service is delivered at a location (HSDS service_at_location).</summary>
public sealed record ServiceAtLocation(Guid LocationId);
