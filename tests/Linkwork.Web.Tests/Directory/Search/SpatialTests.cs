using Linkwork.Data.Search;
using Xunit;
using static Linkwork.Web.Tests.DirectorySearch.SearchFixture;

namespace Linkwork.Web.Tests.DirectorySearch;

public sealed class SpatialTests : IDisposable
{
    private readonly DirectorySearchIndex index = Build();

    public void Dispose() => index.Dispose();

    private static SearchQuery NearTown(double? radiusKm = null) =>
        new() { Latitude = TownLatitude, Longitude = TownLongitude, RadiusKm = radiusKm, PageSize = 100 };

    [Fact]
    public void With_no_text_results_are_in_order_of_distance()
    {
        var results = index.Search(NearTown(), Today);
        var distances = results.Hits.Where(h => h.DistanceKm.HasValue).Select(h => h.DistanceKm!.Value).ToList();

        Assert.Equal(FoodBank, results.Hits[0].ServiceId);
        Assert.Equal(distances.Order(), distances);
        Assert.Equal(28 - 1, results.Total);
    }

    [Fact]
    public void Services_with_no_location_come_last_without_a_distance()
    {
        var hits = index.Search(NearTown(), Today).Hits;

        Assert.Equal(new[] { OnlinePeerSupport, StopSmoking }.Order(), hits.TakeLast(2).Select(h => h.ServiceId).Order());
        Assert.All(hits.TakeLast(2), h => Assert.Null(h.DistanceKm));
        Assert.All(hits.SkipLast(2), h => Assert.NotNull(h.NearestLocationId));
    }

    [Fact]
    public void Distances_are_great_circle_kilometres()
    {
        var larder = index.Search(NearTown(), Today).Hits.Single(h => h.ServiceId == MaltbyLarder);

        // 53.4300,−1.3560 to 53.4230,−1.2000 by the haversine formula.
        Assert.Equal(10.36, larder.DistanceKm!.Value, 0.05);
    }

    [Fact]
    public void A_radius_excludes_services_further_away()
    {
        var results = index.Search(NearTown(5), Today);

        Assert.All(results.Hits, h => Assert.InRange(h.DistanceKm!.Value, 0, 5));
        Assert.DoesNotContain(MaltbyLarder, results.Ids());
        Assert.DoesNotContain(DoncasterFoodHub, results.Ids());
        Assert.DoesNotContain(OnlinePeerSupport, results.Ids());
        Assert.Contains(WalkingFootball, results.Ids());
        Assert.Equal(results.Hits.Count, results.Total);
    }

    [Fact]
    public void A_service_is_found_at_its_second_location()
    {
        var results = index.Search(NearTown(1), Today);
        var cafe = results.Hits.Single(h => h.ServiceId == DementiaCafe);

        Assert.Equal(DementiaCafeTownSite, cafe.NearestLocationId);
        Assert.InRange(cafe.DistanceKm!.Value, 0, 0.5);
    }

    [Fact]
    public void A_service_far_from_both_its_locations_is_outside_the_radius()
    {
        var results = index.Search(new SearchQuery { Latitude = 53.3700, Longitude = -1.2100, RadiusKm = 3 }, Today);

        Assert.Equal([JobClub], results.Ids());
    }

    [Fact]
    public void Text_with_a_radius_keeps_only_near_matches()
    {
        var near = index.Search(NearTown(5) with { Text = "food" }, Today).Ids();
        var anywhere = index.Search(new SearchQuery { Text = "food", PageSize = 100 }, Today).Ids();

        Assert.Contains(DoncasterFoodHub, anywhere);
        Assert.DoesNotContain(DoncasterFoodHub, near);
        Assert.Contains(FoodBank, near);
    }

    [Fact]
    public void A_nearest_first_browse_with_a_filter_walks_the_grid_in_distance_order()
    {
        var results = index.Search(NearTown() with { Need = Domain.Directory.NeedCategory.Food }, Today);

        Assert.Equal([FoodBank, Cookery, MaltbyLarder, DoncasterFoodHub], results.Ids());
    }
}
