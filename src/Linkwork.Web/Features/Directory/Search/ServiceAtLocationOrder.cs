namespace Linkwork.Web.Features.Directory.Search;

/// <summary>
/// Services in id order with how many service_at_locations each has, so that a page of service_at_locations
/// (the n-th to the m-th across all services) is found by a binary search rather than by counting. Immutable.
/// </summary>
public sealed class ServiceAtLocationOrder
{
    private readonly Guid[] _services;
    // Where each service's places end among all the places: _ends[i] is the count of services 0..i together.
    private readonly int[] _ends;

    private ServiceAtLocationOrder(Guid[] services, int[] ends)
    {
        _services = services;
        _ends = ends;
    }

    /// <summary>How many service_at_locations there are in all.</summary>
    public int Total => _ends.Length == 0 ? 0 : _ends[^1];

    /// <summary>Orders services by id; those with no places are left out.</summary>
    public static ServiceAtLocationOrder Create(IEnumerable<(Guid ServiceId, int Places)> services)
    {
        var placed = services.Where(s => s.Places > 0).ToArray();
        var ids = placed.Select(s => s.ServiceId).ToArray();
        var counts = placed.Select(s => s.Places).ToArray();
        Array.Sort(ids, counts);
        var ends = new int[counts.Length];
        var end = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            end += counts[i];
            ends[i] = end;
        }

        return new ServiceAtLocationOrder(ids, ends);
    }

    /// <summary>
    /// The services that hold service_at_locations <paramref name="skip"/> to <paramref name="skip"/> +
    /// <paramref name="take"/> − 1, each with the position of its first place on the page and how many are on it.
    /// </summary>
    public IReadOnlyList<(Guid ServiceId, int First, int Count)> Slice(int skip, int take)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        var slice = new List<(Guid, int, int)>();
        if (skip >= Total || take <= 0)
        {
            return slice;
        }

        // The first service whose places end after the skipped ones.
        var index = Array.BinarySearch(_ends, skip + 1);
        index = index >= 0 ? index : ~index;
        var position = skip;
        for (; index < _services.Length && take > 0; index++)
        {
            var start = index == 0 ? 0 : _ends[index - 1];
            var first = position - start;
            var count = Math.Min(_ends[index] - position, take);
            slice.Add((_services[index], first, count));
            position += count;
            take -= count;
        }

        return slice;
    }
}
