using Linkwork.Domain.Directory;

namespace Linkwork.Data.Search;

/// <summary>
/// Packs the facet attributes of a service into 11 bits: need (4), delivery modes (3), free (1) and
/// capacity (3). Counting facets over a million matches is then one increment into a 2,048-entry histogram
/// per match; the histogram is split into per-facet counts once at the end.
/// </summary>
internal static class FacetKeys
{
    public const int Size = 1 << 11;
    private const int NoNeed = 15;
    private const int NoCapacity = 7;

    public static ushort Pack(NeedCategory? need, DeliveryModes modes, bool isFree, CapacityStatus? capacity)
    {
        var needBits = need is { } n ? (int)n : NoNeed;
        var capacityBits = capacity is { } c ? (int)c : NoCapacity;
        return (ushort)(needBits | (((int)modes & 7) << 4) | ((isFree ? 1 : 0) << 7) | (capacityBits << 8));
    }

    /// <summary>The need's number, or 15 when the service has none.</summary>
    public static int Need(int key) => key & 15;

    public static DeliveryModes Modes(int key) => (DeliveryModes)((key >> 4) & 7);

    public static bool IsFree(int key) => ((key >> 7) & 1) != 0;

    public static CapacityStatus? Capacity(int key)
    {
        var bits = (key >> 8) & 7;
        return bits == NoCapacity ? null : (CapacityStatus)bits;
    }

    public static NeedCategory? NeedOf(int key)
    {
        var bits = Need(key);
        return bits == NoNeed ? null : (NeedCategory)bits;
    }
}
