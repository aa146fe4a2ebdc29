using Linkwork.Domain.Directory;

namespace Linkwork.Interop.Hsds;

/// <summary>A service_at_location listed on its own, waiting to join its service once the whole feed is read.</summary>
internal sealed record PendingServiceAtLocation(
    Guid ServiceId, ServiceAtLocation ServiceAtLocation, string Path, RecordSource Source,
    List<(Guid Id, string Path)> LocationReferences, List<(Guid Id, string Path)> TermReferences);
