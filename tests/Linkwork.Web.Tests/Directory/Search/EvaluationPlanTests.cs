using Linkwork.Data.Search;
using Linkwork.Domain.Directory;
using Xunit;

namespace Linkwork.Web.Tests.DirectorySearch;

/// <summary>
/// The engine picks among several ways to evaluate text (merging postings, driving with one clause and
/// looking up the others, looking up a filter's documents, dense arrays for frequent terms, term-at-a-time).
/// Whatever it picks, the matches, totals, facets and scores must be the same: this forces each plan on a
/// corpus small enough to check but with terms frequent enough to get dense arrays.
/// </summary>
public sealed class EvaluationPlanTests
{
    private static readonly string[] Words =
    [
        "food", "bank", "parcel", "group", "walking", "health", "social", "lunch", "club", "advice", "debt", "money",
        "counselling", "support", "carers", "garden", "music", "choir", "friendly", "weekly", "community", "tea",
    ];

    private static readonly Guid[] Taxonomy = [.. Enumerable.Range(1, 8).Select(i => new Guid($"40000000-0000-0000-0000-{i:D12}"))];

    [Fact]
    public void Every_evaluation_plan_gives_the_same_results()
    {
        var random = new Random(7);
        var services = Enumerable.Range(1, 3_000).Select(n => RandomService(random, n)).ToList();
        var reference = DirectorySearchIndex.Build(services, null, new SearchTuning { MinimumDenseFrequency = int.MaxValue, Plan = TextPlan.TermAtATime, RadiusFirst = false });
        var plans = new[]
        {
            DirectorySearchIndex.Build(services, null, new SearchTuning { MinimumDenseFrequency = 64 }),
            DirectorySearchIndex.Build(services, null, new SearchTuning { MinimumDenseFrequency = 64, Plan = TextPlan.TermAtATime, RadiusFirst = true }),
            DirectorySearchIndex.Build(services, null, new SearchTuning { MinimumDenseFrequency = 64, Plan = TextPlan.FromSource, RadiusFirst = true }),
            DirectorySearchIndex.Build(services, null, new SearchTuning { MinimumDenseFrequency = int.MaxValue }),
            Upserted(services, new SearchTuning { MinimumDenseFrequency = 64 }),
        };

        var withMatches = 0;
        try
        {
            for (var q = 0; q < 250; q++)
            {
                var query = RandomQuery(random);
                var expected = reference.Search(query, SearchFixture.Today);
                withMatches += expected.Total > 0 ? 1 : 0;
                foreach (var (index, plan) in plans.Select((p, i) => (p, i)))
                {
                    var actual = index.Search(query, SearchFixture.Today);
                    var context = $"plan {plan}, query {q}: {query.Text} need={query.Need} taxonomy={query.TaxonomyTermIds.Count}";
                    Assert.True(expected.Total == actual.Total, $"{context}: total {expected.Total} vs {actual.Total}");
                    Assert.Equal(expected.Facets.ByNeed.OrderBy(e => e.Key), actual.Facets.ByNeed.OrderBy(e => e.Key));
                    Assert.Equal(expected.Facets.Free, actual.Facets.Free);
                    AssertSameHits(expected, actual, context);
                }
            }
        }
        finally
        {
            Assert.InRange(withMatches, 150, 250);
            reference.Dispose();
            foreach (var index in plans)
            {
                index.Dispose();
            }
        }
    }

    private static void AssertSameHits(SearchResults expected, SearchResults actual, string context)
    {
        // Sums of the same scores in another order can differ in the last bits, so near ties may swap:
        // compare the scores page by page, and the ids wherever the scores are clearly apart.
        Assert.Equal(expected.Hits.Count, actual.Hits.Count);
        for (var i = 0; i < expected.Hits.Count; i++)
        {
            var e = expected.Hits[i];
            var a = actual.Hits[i];
            Assert.True(Math.Abs(e.Score - a.Score) <= 1e-4 * Math.Max(1, Math.Abs(e.Score)), $"{context}: score at {i}: {e.Score} vs {a.Score}");
            var clearlyApart = expected.Hits.Where((h, j) => j != i && Math.Abs(h.Score - e.Score) <= 1e-4 * Math.Max(1, Math.Abs(e.Score))).Any() is false;
            if (clearlyApart)
            {
                Assert.True(e.ServiceId == a.ServiceId, $"{context}: hit {i}: {e.ServiceId} vs {a.ServiceId}");
            }
        }

        if (expected.Total <= expected.Hits.Count)
        {
            Assert.Equal(expected.Hits.Select(h => h.ServiceId).Order(), actual.Hits.Select(h => h.ServiceId).Order());
        }
    }

    private static DirectorySearchIndex Upserted(List<SearchDocument> services, SearchTuning tuning)
    {
        var index = new DirectorySearchIndex(null, tuning);
        foreach (var service in services)
        {
            index.Upsert(service);
        }

        return index;
    }

    private static SearchDocument RandomService(Random random, int number)
    {
        string Sentence() => string.Join(' ', Enumerable.Range(0, random.Next(3, 9)).Select(_ => Words[(int)(Math.Pow(random.NextDouble(), 1.7) * Words.Length)]));
        var need = (NeedCategory)random.Next(0, 15);
        return SearchFixture.Service(number, Sentence(), need, Sentence() + ". " + Sentence() + ".", (53.3 + (random.NextDouble() * 0.2), -1.5 + (random.NextDouble() * 0.3))) with
        {
            TaxonomyTermIds = [.. Taxonomy.Where(_ => random.Next(6) == 0)],
            IsFree = random.Next(3) > 0,
            Status = random.Next(15) == 0 ? ServiceStatus.TemporarilyClosed : ServiceStatus.Active,
            AssuredDate = random.Next(4) == 0 ? null : SearchFixture.Today.AddDays(-random.Next(0, 800)),
        };
    }

    private static SearchQuery RandomQuery(Random random)
    {
        var words = Enumerable.Range(0, random.Next(1, 5)).Select(_ => Words[random.Next(Words.Length)]).ToList();
        if (random.Next(4) == 0)
        {
            words[^1] = words[^1][..Math.Max(2, words[^1].Length - 3)];
        }

        var query = new SearchQuery { Text = string.Join(' ', words), PageSize = 100 };
        return random.Next(4) switch
        {
            0 => query with { TaxonomyTermIds = [Taxonomy[random.Next(Taxonomy.Length)]] },
            1 => query with { Need = (NeedCategory)random.Next(0, 15) },
            2 => query with { Latitude = 53.4, Longitude = -1.35, RadiusKm = 3 + random.Next(0, 8), FreeOnly = random.Next(2) == 0 },
            _ => query with { IncludeClosed = random.Next(2) == 0 },
        };
    }
}
