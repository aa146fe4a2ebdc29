using Linkwork.Domain.Common;
using Linkwork.Domain.Directory;
using Linkwork.Domain.Directory.Parts;
using Xunit;

namespace Linkwork.Domain.Tests;

public sealed class ServiceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private static ServiceDetails Walk(int? min = 18, int? max = 120, string[]? languages = null) => new()
    {
        Name = "  Walking for Health ",
        Description = "Gentle led walks.",
        MinimumAge = min,
        MaximumAge = max,
        Languages = [.. (languages ?? ["en", "ur"]).Select(code => new Language { Id = Guid.CreateVersion7(), Code = code })],
        Attributes = [new TermLink { Id = Guid.CreateVersion7(), TaxonomyTermId = NeedTaxonomy.TermId(NeedCategory.Walking) }],
        Locations = [new ServiceAtLocation { Id = Guid.CreateVersion7(), LocationId = Guid.CreateVersion7() }],
        Schedules = [Schedule.Weekly(Guid.CreateVersion7(), [DayOfWeek.Tuesday], new TimeOnly(10, 0), new TimeOnly(11, 30))],
    };

    private static Service Create(ServiceDetails details) => Service.Create(Guid.CreateVersion7(), Guid.CreateVersion7(), details, Now);

    [Fact]
    public void Text_is_trimmed_and_need_and_modes_are_worked_out()
    {
        var service = Create(Walk());

        Assert.Equal("Walking for Health", service.Name);
        Assert.Equal(NeedCategory.Walking, service.Details.Need);
        Assert.Equal(DeliveryModes.InPerson, service.Details.Modes);
        Assert.Equal(Now, service.LastModified);
    }

    [Fact]
    public void Ages_bound_eligibility_and_open_bounds_admit_everyone()
    {
        var service = Create(Walk(min: 50, max: 90));
        Assert.True(service.IsEligibleAt(50));
        Assert.False(service.IsEligibleAt(49));
        Assert.False(service.IsEligibleAt(91));
        Assert.True(Create(Walk(min: null, max: null)).IsEligibleAt(3));
    }

    [Theory]
    [InlineData(30, 20)]
    [InlineData(-1, 20)]
    [InlineData(18, 121)]
    public void The_age_range_must_make_sense(int min, int max) =>
        Assert.Throws<DomainRuleException>(() => Create(Walk(min: min, max: max)));

    [Theory]
    [InlineData("english")]
    [InlineData("e")]
    [InlineData("e1")]
    public void Languages_are_ISO_codes(string language) =>
        Assert.Throws<DomainRuleException>(() => Create(Walk(languages: [language])));

    [Fact]
    public void Web_and_email_addresses_and_long_text_are_checked()
    {
        Assert.Contains("web address", Assert.Throws<DomainRuleException>(() => Create(Walk() with { Url = "example/counselling" })).Message, StringComparison.Ordinal);
        Assert.Contains("email", Assert.Throws<DomainRuleException>(() => Create(Walk() with { Email = "email-example_com" })).Message, StringComparison.Ordinal);
        Assert.Throws<DomainRuleException>(() => Create(Walk() with { Description = new string('x', ServiceDetailsRules.DescriptionMaxLength + 1) }));
    }

    [Fact]
    public void A_service_lists_a_location_once()
    {
        var place = new ServiceAtLocation { Id = Guid.CreateVersion7(), LocationId = Guid.CreateVersion7() };
        Assert.Throws<DomainRuleException>(() => Create(Walk() with { Locations = [place, place with { Id = Guid.CreateVersion7() }] }));
    }

    [Fact]
    public void Revising_with_the_same_details_changes_nothing_but_a_real_change_is_dated()
    {
        var details = Walk();
        var service = Create(details);
        var copy = details with { Languages = [.. details.Languages], Schedules = [.. details.Schedules] };

        service.Revise(copy, Now.AddDays(1));
        Assert.Equal(Now, service.LastModified);

        service.Revise(copy with { Description = "Longer led walks." }, Now.AddDays(2));
        Assert.Equal(Now.AddDays(2), service.LastModified);
        Assert.Equal("Longer led walks.", service.Details.Description);
    }

    [Fact]
    public void Withdrawing_makes_an_active_service_inactive_and_keeps_it()
    {
        var service = Create(Walk());
        service.Withdraw(Now.AddDays(1));
        Assert.Equal(ServiceStatus.Inactive, service.Details.Status);
        Assert.False(service.AcceptsReferrals);
    }

    [Fact]
    public void Capacity_wait_is_bounded_and_dropped_when_there_is_room()
    {
        Assert.Throws<DomainRuleException>(() => new ServiceCapacity(CapacityStatus.Waitlist, 200, Now, "staff@example.org"));
        Assert.Null(new ServiceCapacity(CapacityStatus.HasCapacity, 3, Now, "staff@example.org").EstimatedWaitWeeks);
        Assert.Equal("waitlist", CapacityStatus.Waitlist.Code());
        Assert.Equal("additional-assessment-required", CapacityStatus.AssessmentRequired.Code());
    }

    [Fact]
    public void Assuring_dates_the_check_but_not_in_the_future()
    {
        var service = Create(Walk());
        service.Assure(new DateOnly(2026, 11, 20), "curator@example.org", Now);
        Assert.Equal(new DateOnly(2026, 11, 20), service.Details.AssuredDate);
        Assert.Equal("curator@example.org", service.Details.AssurerEmail);
        Assert.Throws<DomainRuleException>(() => service.Assure(new DateOnly(2027, 1, 1), "curator@example.org", Now));
    }

    [Fact]
    public void An_opening_closes_after_it_opens()
    {
        Assert.Throws<DomainRuleException>(() => new WeeklyOpening(DayOfWeek.Monday, new TimeOnly(12, 0), new TimeOnly(9, 0)));
        var opening = new WeeklyOpening(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(12, 0));
        Assert.True(opening.IsOpenAt(DayOfWeek.Monday, new TimeOnly(11, 59)));
        Assert.False(opening.IsOpenAt(DayOfWeek.Monday, new TimeOnly(12, 0)));
        Assert.False(opening.IsOpenAt(DayOfWeek.Tuesday, new TimeOnly(10, 0)));
    }

    [Theory]
    [InlineData("WEEKLY", "MO,WE", "09:00", "17:00", 2)]
    [InlineData("WEEKLY", "TH,FR", "10:00:00", "16:30:00", 2)]
    [InlineData("MONTHLY", "1MO", "09:00", "17:00", 0)]
    [InlineData("WEEKLY", "MO", "17:00", "09:00", 0)]
    [InlineData("WEEKLY", "MO", "10am", "4pm", 0)]
    public void Weekly_hours_are_read_from_a_schedule(string freq, string byday, string opens, string closes, int expected)
    {
        var schedule = new Schedule { Id = Guid.CreateVersion7(), Freq = freq, Byday = byday, OpensAt = opens, ClosesAt = closes };
        Assert.Equal(expected, schedule.WeeklyOpenings().Count);
    }

    [Fact]
    public void A_location_must_be_on_the_globe_with_both_coordinates()
    {
        Assert.Throws<DomainRuleException>(() => Location.Create(Guid.CreateVersion7(), null, new LocationDetails { Latitude = 123, Longitude = -1.35 }, Now));
        Assert.Throws<DomainRuleException>(() => Location.Create(Guid.CreateVersion7(), null, new LocationDetails { Latitude = 53.4, Longitude = 200 }, Now));
        Assert.Throws<DomainRuleException>(() => Location.Create(Guid.CreateVersion7(), null, new LocationDetails { Latitude = 53.4 }, Now));
        Assert.Throws<DomainRuleException>(() => Location.Create(Guid.CreateVersion7(), null, new LocationDetails { LocationType = "moon" }, Now));
    }

    [Fact]
    public void Need_terms_have_stable_name_based_ids()
    {
        Assert.Equal(NeedTaxonomy.TermId(NeedCategory.Food), NeedTaxonomy.TermId(NeedCategory.Food));
        Assert.Equal(15, Enum.GetValues<NeedCategory>().Select(NeedTaxonomy.TermId).Distinct().Count());
        Assert.Equal(5, NeedTaxonomy.TermId(NeedCategory.Food).Version);
        Assert.Equal(NeedCategory.Carers, NeedTaxonomy.NeedOf(NeedTaxonomy.TermId(NeedCategory.Carers)));
    }
}
