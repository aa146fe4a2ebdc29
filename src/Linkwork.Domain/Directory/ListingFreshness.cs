using System.Linq.Expressions;

namespace Linkwork.Domain.Directory;

/// <summary>
/// When a listing is due a check: people can still find it (<see cref="ServiceStatuses.IsListed"/>) and nobody has
/// checked it (HSDS assured_date) for longer than the programme allows, or ever.
/// </summary>
public static class ListingFreshness
{
    public const int DefaultStaleAfterDays = 180;

    /// <summary>Listings last checked before this date are due a check.</summary>
    public static DateOnly CheckedBefore(DateOnly today, int staleAfterDays) => today.AddDays(-staleAfterDays);

    /// <summary>The rule as an expression, so a database can apply it to a whole directory.</summary>
    public static Expression<Func<Service, bool>> IsDue(DateOnly checkedBefore) =>
        service => ServiceStatuses.Listed.Contains(service.Details.Status)
            && (service.Details.AssuredDate == null || service.Details.AssuredDate < checkedBefore);
}
