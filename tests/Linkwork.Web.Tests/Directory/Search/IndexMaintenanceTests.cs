using Linkwork.Data.Search;
using Linkwork.Domain.Directory;
using Xunit;
using static Linkwork.Web.Tests.DirectorySearch.SearchFixture;

namespace Linkwork.Web.Tests.DirectorySearch;

public sealed class IndexMaintenanceTests : IDisposable
{
    private readonly DirectorySearchIndex index = Build();

    public void Dispose() => index.Dispose();

    private List<Guid> Find(SearchQuery query) => index.Search(query with { PageSize = 100 }, Today).Ids();

    [Fact]
    public void Upsert_of_an_existing_id_replaces_the_service_everywhere()
    {
        var renamed = Get(WalkingGroup) with
        {
            Name = "Clifton Park Tai Chi",
            Description = "Slow movement in the park.",
            Need = NeedCategory.Exercise,
            Locations = [new SearchLocation(Guid.NewGuid(), null, 53.5200, -1.1300, null)],
            Openings = [new(DayOfWeek.Sunday, new(9, 0), new(10, 0))],
        };

        index.Upsert(renamed);

        Assert.Equal(28, index.Count);
        Assert.DoesNotContain(WalkingGroup, Find(new SearchQuery { Text = "walking group" }));
        Assert.Equal([WalkingGroup], Find(new SearchQuery { Text = "tai chi" }));
        Assert.DoesNotContain(WalkingGroup, Find(new SearchQuery { Need = NeedCategory.Walking }));
        Assert.Contains(WalkingGroup, Find(new SearchQuery { Need = NeedCategory.Exercise }));
        Assert.DoesNotContain(WalkingGroup, Find(new SearchQuery { Latitude = TownLatitude, Longitude = TownLongitude, RadiusKm = 3 }));
        Assert.DoesNotContain(WalkingGroup, Find(new SearchQuery { OpenAt = new(DayOfWeek.Saturday, new(10, 30)) }));
        Assert.Contains(WalkingGroup, Find(new SearchQuery { OpenAt = new(DayOfWeek.Sunday, new(9, 30)) }));
        Assert.Single(Find(new SearchQuery()), id => id == WalkingGroup);
    }

    [Fact]
    public void A_new_service_is_searchable_at_once_including_new_words_and_prefixes()
    {
        index.Upsert(Service(40, "Bellringing Circle", NeedCategory.Arts, "Learn change ringing in the minster tower.", (53.4301, -1.3561)));

        Assert.Equal([Id(40)], Find(new SearchQuery { Text = "bellringing" }));
        Assert.Equal([Id(40)], Find(new SearchQuery { Text = "bellrin" }));
        Assert.Equal([Id(40)], Find(new SearchQuery { Text = "belringing" }));
        Assert.Equal(Id(40), Find(new SearchQuery { Latitude = TownLatitude, Longitude = TownLongitude })[0]);
        Assert.Equal(29, index.Count);
    }

    [Fact]
    public void Remove_removes_and_says_whether_there_was_anything_to_remove()
    {
        Assert.True(index.Remove(FoodBank));
        Assert.False(index.Remove(FoodBank));
        Assert.False(index.Remove(Guid.NewGuid()));

        Assert.Equal(27, index.Count);
        Assert.DoesNotContain(FoodBank, Find(new SearchQuery { Text = "food bank" }));
        Assert.DoesNotContain(FoodBank, Find(new SearchQuery()));
        Assert.DoesNotContain(FoodBank, Find(new SearchQuery { Latitude = TownLatitude, Longitude = TownLongitude }));
        Assert.Equal(3, index.Search(new SearchQuery(), Today).Facets.ByNeed[NeedCategory.Food]);
    }

    [Fact]
    public void Upserting_a_service_as_inactive_removes_it()
    {
        index.Upsert(Get(Counselling) with { Status = ServiceStatus.Inactive });

        Assert.Equal(27, index.Count);
        Assert.DoesNotContain(Counselling, Find(new SearchQuery { Text = "counselling", IncludeClosed = true }));
    }

    [Fact]
    public void Closing_a_service_temporarily_hides_it_until_asked()
    {
        index.Upsert(Get(Counselling) with { Status = ServiceStatus.TemporarilyClosed });

        Assert.DoesNotContain(Counselling, Find(new SearchQuery { Text = "counselling" }));
        Assert.Contains(Counselling, Find(new SearchQuery { Text = "counselling", IncludeClosed = true }));
    }

    [Fact]
    public void Many_upserts_at_once_keep_the_browse_order()
    {
        var copies = Enumerable.Range(100, 300)
            .Select(n => Service(n, $"Group {n:D3}", NeedCategory.Arts, "Crafts.", (53.44, -1.35)) with { AssuredDate = null });

        index.UpsertMany(copies);

        var page = Find(new SearchQuery { Need = NeedCategory.Arts });
        Assert.Equal(28 + 300, index.Count);
        Assert.Equal(Art, page[0]);
        var browse = AllPages(index, new SearchQuery(), 100);
        Assert.Equal(Enumerable.Range(100, 300).Select(Id), browse.Where(id => id.CompareTo(Id(100)) >= 0 && id.CompareTo(Id(399)) <= 0));
    }

    [Fact]
    public async Task Concurrent_searches_and_upserts_do_not_interfere()
    {
        var failures = 0;
        var writer = Task.Run(() =>
        {
            for (var i = 0; i < 300; i++)
            {
                index.Upsert(Get(FoodBank) with { Description = $"Food parcels, round {i}." });
                index.Upsert(Service(50 + (i % 20), $"Pop-up food stall {i}", NeedCategory.Food, "Fresh food.", (53.43, -1.35)));
                index.Remove(Id(50 + ((i + 10) % 20)));
            }
        });
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            while (!writer.IsCompleted)
            {
                var results = index.Search(new SearchQuery { Text = "food bank", Latitude = 53.43, Longitude = -1.35 }, Today);
                if (results.Hits.Count == 0 || results.Hits[0].ServiceId != FoodBank)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })).ToArray();

        await Task.WhenAll([writer, .. readers]);

        Assert.Equal(0, failures);
        Assert.Equal(index.Search(new SearchQuery { PageSize = 100, IncludeClosed = true }, Today).Total, index.Count);
    }

    [Fact]
    public void Statistics_count_services_and_the_entries_left_by_replacements()
    {
        index.Upsert(Get(FoodBank) with { Description = "Food parcels." });
        index.Remove(Yoga);

        var statistics = index.Statistics();

        Assert.Equal(27, statistics.Services);
        Assert.Equal(2, statistics.RemovedDocuments);
        Assert.True(statistics.Terms > 100 && statistics.Words >= statistics.Terms);
        Assert.Equal(Services.Where(s => s.Status is ServiceStatus.Active or ServiceStatus.TemporarilyClosed).Sum(s => s.Locations.Count) + 1, statistics.Locations);
        Assert.Equal(3, statistics.LanguageSets);
    }

    [Fact]
    public void Explain_shows_how_a_query_is_read()
    {
        var explained = index.Explain("lonely couns");

        Assert.StartsWith("2 clauses, 2 required", explained, StringComparison.Ordinal);
        Assert.Contains("befriend(", explained, StringComparison.Ordinal);
        Assert.Contains("counsel(", explained, StringComparison.Ordinal);
        Assert.Equal("no searchable words", index.Explain("the of"));
    }

    [Fact]
    public void A_service_without_a_name_is_refused()
    {
        Assert.Throws<ArgumentException>(() => index.Upsert(Get(FoodBank) with { Name = " " }));
    }
}
