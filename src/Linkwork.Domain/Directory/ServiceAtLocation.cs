using Linkwork.Domain.Directory.Parts;

namespace Linkwork.Domain.Directory;

/// <summary>
/// That a service is delivered at a location (HSDS service_at_location), with whatever differs there:
/// its own contacts, phone lines and hours.
/// </summary>
public sealed record ServiceAtLocation
{
    public required Guid Id { get; init; }
    public required Guid LocationId { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<Contact> Contacts { get; init; } = [];
    public IReadOnlyList<Phone> Phones { get; init; } = [];
    public IReadOnlyList<Schedule> Schedules { get; init; } = [];
}
