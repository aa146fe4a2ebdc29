using Linkwork.Domain.Directory;

namespace Linkwork.Web.Features.Directory.Search;

/// <summary>
/// The service_at_location ids of every listed service (<see cref="ServiceStatuses.IsListed"/>, the services search
/// finds), kept in memory beside the search index and current in the same way. A service's places are stored inside
/// the service's row, so without this a lookup by a service_at_location's id, or paging through all of them, would
/// read every service. Costs about 155 MB for a million services with 1.2 places each (measured), beside the
/// index's 600 MB.
/// </summary>
public sealed class ServiceAtLocationMap
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, Guid> _serviceOf = [];
    private readonly Dictionary<Guid, Guid[]> _placesOf = [];
    // Built when first asked for after the listed services or their numbers of places changed; edits that
    // change neither (most of them) keep it. The version tells whether a change came while it was being built.
    private ServiceAtLocationOrder? _ordered;
    private long _version;

    /// <summary>Records a service's places as stored now; an unlisted service is forgotten.</summary>
    public void Set(IndexedService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        var serviceId = service.Document.ServiceId;
        var places = service.Document.Status.IsListed() ? service.ServiceAtLocationIds.ToArray() : [];
        lock (_gate)
        {
            var before = 0;
            if (_placesOf.Remove(serviceId, out var old))
            {
                before = old.Length;
                foreach (var id in old)
                {
                    // A place that moved to another service belongs to that one now.
                    if (_serviceOf.TryGetValue(id, out var owner) && owner == serviceId)
                    {
                        _serviceOf.Remove(id);
                    }
                }
            }

            if (places.Length > 0)
            {
                _placesOf[serviceId] = places;
                foreach (var id in places)
                {
                    _serviceOf[id] = serviceId;
                }
            }

            if (before != places.Length)
            {
                _ordered = null;
                _version++;
            }
        }
    }

    /// <summary>The listed service a service_at_location belongs to, or null.</summary>
    public Guid? ServiceOf(Guid serviceAtLocationId)
    {
        lock (_gate)
        {
            return _serviceOf.TryGetValue(serviceAtLocationId, out var serviceId) ? serviceId : null;
        }
    }

    /// <summary>Every listed service's places, services in id order.</summary>
    public ServiceAtLocationOrder InOrder()
    {
        (Guid, int)[] counts;
        long version;
        lock (_gate)
        {
            if (_ordered is { } ordered)
            {
                return ordered;
            }

            version = _version;
            counts = [.. _placesOf.Select(p => (p.Key, p.Value.Length))];
        }

        // Sorting a million ids takes about 0.4 s: done outside the lock, so lookups and saves do not wait for it.
        var built = ServiceAtLocationOrder.Create(counts);
        lock (_gate)
        {
            if (_version == version)
            {
                _ordered = built;
            }
        }

        return built;
    }

    /// <summary>The places of those of <paramref name="serviceIds"/> that are listed, services in id order.</summary>
    public ServiceAtLocationOrder InOrder(IEnumerable<Guid> serviceIds)
    {
        ArgumentNullException.ThrowIfNull(serviceIds);
        lock (_gate)
        {
            return ServiceAtLocationOrder.Create(serviceIds.Distinct().Select(id => (id, _placesOf.TryGetValue(id, out var places) ? places.Length : 0)));
        }
    }
}
