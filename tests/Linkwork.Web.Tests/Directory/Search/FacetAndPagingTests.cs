using Linkwork.Data.Search;
using Linkwork.Domain.Directory;
using Xunit;
using static Linkwork.Web.Tests.DirectorySearch.SearchFixture;

namespace Linkwork.Web.Tests.DirectorySearch;

public sealed class FacetAndPagingTests : IDisposable
{
    private readonly DirectorySearchIndex index = Build();

    public void Dispose() => index.Dispose();

    private static List<SearchDocument> Visible => [.. Services.Where(s => s.Status == ServiceStatus.Active)];

    [Fact]
    public void Facets_of_an_unfiltered_browse_count_every_visible_service()
    {
        var facets = index.Search(new SearchQuery { PageSize = 1 }, Today).Facets;

        var expectedNeeds = Visible.Where(s => s.Need.HasValue).GroupBy(s => s.Need!.Value).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expectedNeeds.OrderBy(e => e.Key), facets.ByNeed.OrderBy(e => e.Key));
        Assert.Equal(Visible.Count(s => s.IsFree), facets.Free);
        Assert.Equal(Visible.Count(s => !s.IsFree), facets.Paid);
        Assert.Equal(Visible.Count(s => s.Modes.HasFlag(DeliveryModes.Phone)), facets.ByMode[DeliveryModes.Phone]);
        Assert.Equal(Visible.Count(s => s.Languages.Contains("en")), facets.ByLanguage["en"]);
        Assert.Equal(1, facets.ByLanguage["pl"]);
        Assert.Equal(1, facets.ByCapacity[CapacityStatus.NoCapacity]);
        Assert.Equal(1, facets.ByCapacity[CapacityStatus.Waitlist]);
        Assert.Equal(1, facets.CapacityUnknown);
    }

    [Fact]
    public void Facets_count_all_matches_of_a_filtered_search_not_just_the_page()
    {
        var results = index.Search(new SearchQuery { Text = "group", PageSize = 1 }, Today);

        Assert.Single(results.Hits);
        Assert.True(results.Total > 3);
        Assert.Equal(results.Total, results.Facets.Free + results.Facets.Paid);
        Assert.Equal(results.Total, results.Facets.ByNeed.Values.Sum());
    }

    [Fact]
    public void Facets_follow_the_filters()
    {
        var results = index.Search(new SearchQuery { Need = NeedCategory.Food, IncludeClosed = true }, Today);

        Assert.Equal(4, results.Total);
        Assert.Equal(new Dictionary<NeedCategory, int> { [NeedCategory.Food] = 4 }, results.Facets.ByNeed);
        Assert.Equal(3, results.Facets.Free);
        Assert.Equal(1, results.Facets.Paid);
    }

    [Fact]
    public void Temporarily_closed_services_are_counted_only_when_shown()
    {
        var hidden = index.Search(new SearchQuery(), Today);
        var shown = index.Search(new SearchQuery { IncludeClosed = true }, Today);

        Assert.Equal(hidden.Total + 1, shown.Total);
        Assert.Equal(hidden.Facets.ByNeed[NeedCategory.Exercise] + 1, shown.Facets.ByNeed[NeedCategory.Exercise]);
    }

    public static TheoryData<string> Queries => ["no text", "text", "distance", "radius", "filter", "filter near"];

    [Theory]
    [MemberData(nameof(Queries))]
    public void Pages_concatenate_to_all_results_without_duplicates(string kind)
    {
        var query = kind switch
        {
            "no text" => new SearchQuery { IncludeClosed = true },
            "text" => new SearchQuery { Text = "group" },
            "distance" => new SearchQuery { Latitude = TownLatitude, Longitude = TownLongitude },
            "radius" => new SearchQuery { Latitude = TownLatitude, Longitude = TownLongitude, RadiusKm = 3 },
            "filter" => new SearchQuery { FreeOnly = true },
            _ => new SearchQuery { FreeOnly = true, Latitude = TownLatitude, Longitude = TownLongitude },
        };
        var all = index.Search(query with { PageSize = 100 }, Today);

        foreach (var size in new[] { 1, 3, 7 })
        {
            var paged = AllPages(index, query, size);
            Assert.Equal(all.Ids(), paged);
            Assert.Equal(paged.Count, paged.Distinct().Count());
            Assert.Equal(all.Total, paged.Count);
        }
    }

    [Fact]
    public void Ties_are_broken_by_service_id_so_paging_is_stable()
    {
        var twins = Enumerable.Range(1, 12)
            .Select(n => Service(n, "Chair Yoga", null, "Seated yoga.", (53.43, -1.36)))
            .Reverse();
        using var sameEverything = DirectorySearchIndex.Build(twins);

        foreach (var query in new[] { new SearchQuery { Text = "yoga" }, new SearchQuery { Latitude = 53.43, Longitude = -1.36 } })
        {
            var ids = AllPages(sameEverything, query, 5);
            Assert.Equal(Enumerable.Range(1, 12).Select(Id), ids);
        }
    }

    [Fact]
    public void Browsing_with_no_text_orders_by_freshness_then_name()
    {
        var results = index.Search(new SearchQuery { PageSize = 100 }, Today);
        var expected = Visible
            .OrderBy(s => s.AssuredDate is { } d ? (Today.DayNumber - d.DayNumber <= 365 ? 0 : 2) : 1)
            .ThenByDescending(s => s.AssuredDate?.DayNumber ?? 0)
            .ThenBy(s => s.Name.ToLowerInvariant(), StringComparer.Ordinal)
            .ThenBy(s => s.ServiceId)
            .Select(s => s.ServiceId);

        Assert.Equal(expected, results.Ids());
        Assert.Equal(FoodBank, results.Hits[0].ServiceId);
        Assert.Equal([JobClub, MensShed], results.Ids().TakeLast(2));
        Assert.Equal(YouthClub, results.Hits[^3].ServiceId);
    }

    [Fact]
    public void The_same_order_holds_when_a_filter_forces_a_ranked_scan()
    {
        var browse = index.Search(new SearchQuery { PageSize = 100 }, Today).Ids();
        var filtered = index.Search(new SearchQuery { PageSize = 100, Age = 30 }, Today).Ids();

        Assert.Equal(browse.Where(filtered.Contains), filtered);
    }

    [Fact]
    public void Page_sizes_above_the_maximum_are_reduced_and_deep_pages_are_empty_but_counted()
    {
        var big = index.Search(new SearchQuery { PageSize = 500 }, Today);
        var deep = index.Search(new SearchQuery { Page = 1_000_000, PageSize = 20 }, Today);

        Assert.Equal(SearchQuery.MaxPageSize, big.PageSize);
        Assert.Empty(deep.Hits);
        Assert.Equal(27, deep.Total);
    }
}
