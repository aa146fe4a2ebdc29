using Linkwork.Domain.Directory;
using Xunit;

namespace Linkwork.Domain.Tests;

public sealed class ListingFreshnessTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 24);

    private static Service Listing(ServiceStatus status, DateOnly? assured) =>
        Service.Create(Guid.CreateVersion7(), Guid.CreateVersion7(), new ServiceDetails { Name = "Lunch club", Status = status, AssuredDate = assured }, Now);

    [Theory]
    [InlineData(ServiceStatus.Active, null, true)]
    [InlineData(ServiceStatus.Active, "2026-05-27", true)]
    [InlineData(ServiceStatus.Active, "2026-05-28", false)]
    [InlineData(ServiceStatus.TemporarilyClosed, "2020-01-01", true)]
    [InlineData(ServiceStatus.Inactive, null, false)]
    [InlineData(ServiceStatus.Defunct, "2020-01-01", false)]
    public void A_findable_listing_is_due_when_its_last_check_is_older_than_allowed_or_missing(ServiceStatus status, string? assured, bool due)
    {
        var before = ListingFreshness.CheckedBefore(Today, staleAfterDays: 180);
        var isDue = ListingFreshness.IsDue(before).Compile();

        Assert.Equal(new DateOnly(2026, 5, 28), before);
        Assert.Equal(due, isDue(Listing(status, assured is null ? null : DateOnly.Parse(assured, System.Globalization.CultureInfo.InvariantCulture))));
    }
}
