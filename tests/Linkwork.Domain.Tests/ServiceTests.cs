using Linkwork.Domain.Common;
using Linkwork.Domain.Directory;
using Xunit;

namespace Linkwork.Domain.Tests;

public sealed class ServiceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private static Service Create(int min = 18, int max = 120, bool free = true, string? cost = null, string[]? languages = null) =>
        Service.Create(Guid.CreateVersion7(), Guid.CreateVersion7(), "Walking for Health", "Gentle led walks.", NeedCategory.Walking,
            min, max, languages ?? ["en", "UR"], free, cost, acceptsReferrals: true, [Guid.CreateVersion7()],
            [new WeeklyOpening(DayOfWeek.Tuesday, new TimeOnly(10, 0), new TimeOnly(11, 30))], Now);

    [Fact]
    public void Languages_are_normalised_and_ages_checked()
    {
        var service = Create(min: 50, max: 90);

        Assert.Equal(["en", "ur"], service.Languages);
        Assert.True(service.IsEligibleAt(50));
        Assert.False(service.IsEligibleAt(49));
        Assert.False(service.IsEligibleAt(91));
    }

    [Theory]
    [InlineData(30, 20)]
    [InlineData(-1, 20)]
    [InlineData(18, 121)]
    public void The_age_range_must_make_sense(int min, int max) =>
        Assert.Throws<DomainRuleException>(() => Create(min: min, max: max));

    [Fact]
    public void A_paid_service_says_what_it_costs()
    {
        Assert.Throws<DomainRuleException>(() => Create(free: false));
        Assert.Equal("£2 a session", Create(free: false, cost: "£2 a session").CostDescription);
    }

    [Theory]
    [InlineData("english")]
    [InlineData("e")]
    [InlineData("e1")]
    public void Languages_are_ISO_codes(string language) =>
        Assert.Throws<DomainRuleException>(() => Create(languages: [language]));

    [Fact]
    public void An_opening_closes_after_it_opens()
    {
        Assert.Throws<DomainRuleException>(() => new WeeklyOpening(DayOfWeek.Monday, new TimeOnly(12, 0), new TimeOnly(9, 0)));
        var opening = new WeeklyOpening(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(12, 0));
        Assert.True(opening.IsOpenAt(DayOfWeek.Monday, new TimeOnly(11, 59)));
        Assert.False(opening.IsOpenAt(DayOfWeek.Monday, new TimeOnly(12, 0)));
        Assert.False(opening.IsOpenAt(DayOfWeek.Tuesday, new TimeOnly(10, 0)));
    }

    [Fact]
    public void A_location_must_be_on_the_globe()
    {
        Assert.Throws<DomainRuleException>(() => Location.Create(Guid.CreateVersion7(), Guid.CreateVersion7(), "Hall", "1 High St", "Rotherham", "S60 1AA", 123, -1.35));
        Assert.Throws<DomainRuleException>(() => Location.Create(Guid.CreateVersion7(), Guid.CreateVersion7(), "Hall", "1 High St", "Rotherham", "S60 1AA", 53.4, 200));
    }
}
