using Linkwork.Domain.Directory;

namespace Linkwork.Data.Search;

/// <summary>
/// Counts over every service that matched the query (not only the page shown), for filter menus.
/// Keys with no services are left out.
/// </summary>
/// <param name="ByNeed">Services per need; services with no need are not counted here.</param>
/// <param name="ByLanguage">Services per ISO 639 language code; a service counts once for each language it offers.</param>
/// <param name="ByMode">Services per single delivery mode flag; a service counts once for each way it is delivered.</param>
/// <param name="Free">Free services.</param>
/// <param name="Paid">Services that charge.</param>
/// <param name="ByCapacity">Services per capacity status; services with no status are counted in <paramref name="CapacityUnknown"/>.</param>
/// <param name="CapacityUnknown">Services that have not said whether they have capacity.</param>
public sealed record SearchFacets(
    IReadOnlyDictionary<NeedCategory, int> ByNeed,
    IReadOnlyDictionary<string, int> ByLanguage,
    IReadOnlyDictionary<DeliveryModes, int> ByMode,
    int Free,
    int Paid,
    IReadOnlyDictionary<CapacityStatus, int> ByCapacity,
    int CapacityUnknown);
