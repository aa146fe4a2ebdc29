using Linkwork.Data.Search;
using Linkwork.Domain.Directory;
using Xunit;
using static Linkwork.Web.Tests.DirectorySearch.SearchFixture;

namespace Linkwork.Web.Tests.DirectorySearch;

public sealed class FilterTests : IDisposable
{
    private readonly DirectorySearchIndex index = Build();

    public void Dispose() => index.Dispose();

    private List<Guid> Find(SearchQuery query) => index.Search(query with { PageSize = 100 }, Today).Ids();

    [Fact]
    public void A_youth_club_is_hidden_for_a_70_year_old_and_shown_for_a_14_year_old()
    {
        Assert.DoesNotContain(YouthClub, Find(new SearchQuery { Age = 70 }));
        Assert.Contains(YouthClub, Find(new SearchQuery { Age = 14 }));
    }

    [Fact]
    public void Age_bounds_are_inclusive_and_a_missing_bound_is_open()
    {
        Assert.Contains(YouthClub, Find(new SearchQuery { Age = 11 }));
        Assert.Contains(YouthClub, Find(new SearchQuery { Age = 18 }));
        Assert.DoesNotContain(YouthClub, Find(new SearchQuery { Age = 19 }));
        Assert.DoesNotContain(LunchClub, Find(new SearchQuery { Age = 54 }));
        Assert.Contains(LunchClub, Find(new SearchQuery { Age = 55 }));
        Assert.Contains(LunchClub, Find(new SearchQuery { Age = 120 }));
    }

    [Fact]
    public void Language_keeps_only_services_offering_it_whatever_its_case()
    {
        Assert.Equal([PolishCentre], Find(new SearchQuery { Language = "pl" }));
        Assert.Equal([UrduWomen], Find(new SearchQuery { Language = "PA" }));
        Assert.Empty(Find(new SearchQuery { Language = "fr" }));
    }

    [Theory]
    [InlineData(DayOfWeek.Monday, 9, 0, 0, true)]
    [InlineData(DayOfWeek.Monday, 8, 59, 59, false)]
    [InlineData(DayOfWeek.Monday, 16, 59, 59, true)]
    [InlineData(DayOfWeek.Monday, 17, 0, 0, false)]
    [InlineData(DayOfWeek.Friday, 12, 30, 0, true)]
    [InlineData(DayOfWeek.Saturday, 12, 30, 0, false)]
    public void Open_at_includes_the_opening_time_and_excludes_the_closing_time(DayOfWeek day, int hour, int minute, int second, bool open)
    {
        var hits = Find(new SearchQuery { OpenAt = new OpenAt(day, new TimeOnly(hour, minute, second)) });

        Assert.Equal(open, hits.Contains(Counselling));
    }

    [Theory]
    [InlineData(10, 14, false)]
    [InlineData(10, 15, true)]
    [InlineData(13, 44, true)]
    [InlineData(13, 45, false)]
    public void Open_at_is_exact_for_hours_that_do_not_start_on_the_half_hour(int hour, int minute, bool open)
    {
        var hits = Find(new SearchQuery { OpenAt = new OpenAt(DayOfWeek.Thursday, new TimeOnly(hour, minute)) });

        Assert.Equal(open, hits.Contains(FoodBank));
    }

    [Fact]
    public void An_opening_past_midnight_on_saturday_is_open_early_on_sunday()
    {
        Assert.Contains(MensShed, Find(new SearchQuery { OpenAt = new OpenAt(DayOfWeek.Saturday, new TimeOnly(23, 0)) }));
        Assert.Contains(MensShed, Find(new SearchQuery { OpenAt = new OpenAt(DayOfWeek.Sunday, new TimeOnly(1, 59)) }));
        Assert.DoesNotContain(MensShed, Find(new SearchQuery { OpenAt = new OpenAt(DayOfWeek.Sunday, new TimeOnly(2, 0)) }));
    }

    [Fact]
    public void Services_with_unknown_hours_are_never_open_at_a_given_time()
    {
        var hits = Find(new SearchQuery { OpenAt = new OpenAt(DayOfWeek.Wednesday, new TimeOnly(11, 0)) });

        Assert.Equal([Counselling], hits);
    }

    [Fact]
    public void Free_only_drops_services_that_charge()
    {
        var hits = Find(new SearchQuery { FreeOnly = true });

        Assert.DoesNotContain(Cookery, hits);
        Assert.DoesNotContain(Art, hits);
        Assert.DoesNotContain(Yoga, hits);
        Assert.Contains(FoodBank, hits);
    }

    [Fact]
    public void Mode_matches_any_of_the_requested_ways()
    {
        var online = Find(new SearchQuery { Mode = DeliveryModes.Online });
        var phoneOrOnline = Find(new SearchQuery { Mode = DeliveryModes.Phone | DeliveryModes.Online });

        Assert.Equal(new[] { Counselling, TalkingTherapies, OnlinePeerSupport }.Order(), online.Order());
        Assert.Equal(new[] { AgeUkBefriending, DebtAdvice, Counselling, TalkingTherapies, OnlinePeerSupport, StopSmoking }.Order(), phoneOrOnline.Order());
    }

    [Fact]
    public void Temporarily_closed_services_are_hidden_unless_asked_for()
    {
        Assert.DoesNotContain(ClosedSwimming, Find(new SearchQuery()));
        Assert.DoesNotContain(ClosedSwimming, Find(new SearchQuery { Text = "swimming" }));
        Assert.Contains(ClosedSwimming, Find(new SearchQuery { IncludeClosed = true }));
        Assert.Contains(ClosedSwimming, Find(new SearchQuery { Text = "swimming", IncludeClosed = true }));
        Assert.Contains(ClosedSwimming, Find(new SearchQuery { IncludeClosed = true, Need = NeedCategory.Exercise }));
    }

    [Fact]
    public void Inactive_and_defunct_services_are_never_found()
    {
        var everything = Find(new SearchQuery { IncludeClosed = true });
        var foodBanks = Find(new SearchQuery { Text = "food bank", IncludeClosed = true });

        Assert.DoesNotContain(InactiveLibrary, everything);
        Assert.DoesNotContain(DefunctFoodBank, everything);
        Assert.DoesNotContain(DefunctFoodBank, foodBanks);
        Assert.Equal(28, index.Count);
    }

    [Fact]
    public void Services_with_no_capacity_stay_visible()
    {
        Assert.Contains(TalkingTherapies, Find(new SearchQuery()));
    }

    [Fact]
    public void Referrals_only_keeps_services_that_accept_referrals()
    {
        var hits = Find(new SearchQuery { ReferralsOnly = true });

        Assert.DoesNotContain(KimberworthBefriending, hits);
        Assert.DoesNotContain(Yoga, hits);
        Assert.Contains(AgeUkBefriending, hits);
    }

    [Fact]
    public void Taxonomy_terms_match_any_of()
    {
        Assert.Equal([FoodBank], Find(new SearchQuery { TaxonomyTermIds = [TaxonomyFoodPantry] }));
        Assert.Equal(
            new[] { AgeUkBefriending, Counselling }.Order(),
            Find(new SearchQuery { TaxonomyTermIds = [TaxonomyBefriending, TaxonomyCounselling] }).Order());
        Assert.Empty(Find(new SearchQuery { TaxonomyTermIds = [Guid.NewGuid()] }));
    }

    [Fact]
    public void A_taxonomy_filter_does_not_leak_into_the_next_search()
    {
        Find(new SearchQuery { TaxonomyTermIds = [TaxonomyFoodPantry] });

        Assert.Equal(28 - 1, Find(new SearchQuery()).Count);
    }

    [Fact]
    public void Need_filters_and_filters_combine()
    {
        Assert.Equal(
            new[] { FoodBank, Cookery, MaltbyLarder, DoncasterFoodHub }.Order(),
            Find(new SearchQuery { Need = NeedCategory.Food }).Order());
        Assert.Equal(
            new[] { FoodBank, MaltbyLarder, DoncasterFoodHub }.Order(),
            Find(new SearchQuery { Need = NeedCategory.Food, FreeOnly = true }).Order());
        Assert.Equal([FoodBank], Find(new SearchQuery { Text = "food", Need = NeedCategory.Food, FreeOnly = true, Latitude = TownLatitude, Longitude = TownLongitude, RadiusKm = 5 }));
    }

    [Fact]
    public void Inconsistent_queries_are_refused()
    {
        Assert.Throws<ArgumentException>(() => index.Search(new SearchQuery { Latitude = 53.4 }, Today));
        Assert.Throws<ArgumentException>(() => index.Search(new SearchQuery { RadiusKm = 5 }, Today));
        Assert.Throws<ArgumentException>(() => index.Search(new SearchQuery { Latitude = 53.4, Longitude = -1.3, RadiusKm = -1 }, Today));
        Assert.Throws<ArgumentException>(() => index.Search(new SearchQuery { Latitude = 91, Longitude = 0 }, Today));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Search(new SearchQuery { Page = 0 }, Today));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Search(new SearchQuery { Age = -1 }, Today));
    }
}
