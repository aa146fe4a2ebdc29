using Linkwork.Data.Search;
using Linkwork.Domain.Directory;
using Xunit;

namespace Linkwork.Web.Tests.DirectorySearch;

/// <summary>
/// Random services and random filter queries, answered by the index and by a plain LINQ reading of the
/// rules (haversine distance, exact opening times): both must agree on the total, the facets and the order.
/// This exercises every candidate source (grid, nearest walk, slot bitsets, need and taxonomy lists, full scan).
/// </summary>
public sealed class ReferenceComparisonTests
{
    private static readonly DateOnly Today = SearchFixture.Today;
    private static readonly Guid[] Taxonomy = [.. Enumerable.Range(1, 6).Select(i => new Guid($"30000000-0000-0000-0000-{i:D12}"))];
    private static readonly string[] Languages = ["en", "ur", "pl", "sk", "ar"];

    [Fact]
    public void The_index_agrees_with_a_brute_force_reading_of_the_rules()
    {
        var random = new Random(20261124);
        var services = Enumerable.Range(1, 3_000).Select(n => RandomService(random, n)).ToList();
        using var index = DirectorySearchIndex.Build(services.Take(2_500));
        // The rest arrive one by one, and some of the first are replaced or removed, as in real use.
        foreach (var service in services.Skip(2_500))
        {
            index.Upsert(service);
        }

        for (var n = 1; n <= 200; n++)
        {
            var replacement = RandomService(random, random.Next(1, 3_001));
            index.Upsert(replacement);
            services.RemoveAll(s => s.ServiceId == replacement.ServiceId);
            services.Add(replacement);
            var removed = SearchFixture.Id(random.Next(1, 3_001));
            index.Remove(removed);
            services.RemoveAll(s => s.ServiceId == removed);
        }

        for (var q = 0; q < 300; q++)
        {
            var query = RandomQuery(random);
            var expected = Reference(services, query);
            var actual = index.Search(query with { PageSize = 100 }, Today);

            Assert.True(expected.Count == actual.Total, $"query {q}: {query} expected {expected.Count} got {actual.Total}");
            var firstDifference = expected.Take(100).Select(e => e.Service.ServiceId).Zip(actual.Ids()).TakeWhile(p => p.First == p.Second).Count();
            Assert.True(
                expected.Take(100).Select(e => e.Service.ServiceId).SequenceEqual(actual.Ids()),
                $"query {q}: {query} differs at {firstDifference}: {Describe(expected.Skip(firstDifference).Take(2))}");
            Assert.Equal(expected.Count(e => e.Service.IsFree), actual.Facets.Free);
            Assert.Equal(expected.Count(e => e.Service.Languages.Contains("ur")), actual.Facets.ByLanguage.GetValueOrDefault("ur"));
            foreach (var (hit, reference) in actual.Hits.Zip(expected))
            {
                Assert.Equal(reference.DistanceKm, hit.DistanceKm ?? double.PositiveInfinity, 0.01);
            }
        }
    }

    private static List<(SearchDocument Service, double DistanceKm)> Reference(List<SearchDocument> services, SearchQuery query)
    {
        var hasPoint = query.Latitude.HasValue;
        var matches = services
            .Where(s => s.Status == ServiceStatus.Active || (query.IncludeClosed && s.Status == ServiceStatus.TemporarilyClosed))
            .Where(s => query.Need is null || s.Need == query.Need)
            .Where(s => query.Age is not { } age || ((s.MinimumAge ?? 0) <= age && age <= (s.MaximumAge ?? int.MaxValue)))
            .Where(s => query.Language is null || s.Languages.Contains(query.Language))
            .Where(s => !query.FreeOnly || s.IsFree)
            .Where(s => query.Mode is not { } mode || mode == DeliveryModes.None || (s.Modes & mode) != 0)
            .Where(s => !query.ReferralsOnly || s.ReferralMode == ReferralMode.AcceptsReferrals)
            .Where(s => query.TaxonomyTermIds.Count == 0 || s.TaxonomyTermIds.Intersect(query.TaxonomyTermIds).Any())
            .Where(s => query.OpenAt is not { } at || s.Openings.Any(o => IsOpen(o, at)))
            .Select(s => (Service: s, DistanceKm: hasPoint ? Nearest(s, query.Latitude!.Value, query.Longitude!.Value) : double.PositiveInfinity))
            .Where(m => query.RadiusKm is not { } radius || m.DistanceKm <= radius)
            .ToList();
        if (hasPoint)
        {
            return [.. matches.OrderBy(m => Math.Round(m.DistanceKm, 6)).ThenBy(m => m.Service.ServiceId)];
        }

        return
        [
            .. matches
                .OrderBy(m => m.Service.AssuredDate is { } d ? (Today.DayNumber - d.DayNumber <= 365 ? 0 : 2) : 1)
                .ThenByDescending(m => m.Service.AssuredDate?.DayNumber ?? 0)
                .ThenBy(m => m.Service.Name.ToLowerInvariant(), StringComparer.Ordinal)
                .ThenBy(m => m.Service.ServiceId),
        ];
    }

    private static string Describe(IEnumerable<(SearchDocument Service, double DistanceKm)> matches) =>
        string.Join(" | ", matches.Select(m => $"{m.Service.ServiceId} {m.Service.Name} {m.Service.AssuredDate} {m.DistanceKm:F6}"));

    /// <summary>An opening that closes at or before it opens runs past midnight.</summary>
    private static bool IsOpen(OpeningSlot opening, OpenAt at) =>
        opening.Closes > opening.Opens
            ? opening.Day == at.Day && opening.Opens <= at.Time && at.Time < opening.Closes
            : (opening.Day == at.Day && opening.Opens <= at.Time) || ((DayOfWeek)(((int)opening.Day + 1) % 7) == at.Day && at.Time < opening.Closes);

    private static double Nearest(SearchDocument service, double latitude, double longitude) =>
        service.Locations.Count == 0 ? double.PositiveInfinity : service.Locations.Min(l => Haversine(latitude, longitude, l.Latitude, l.Longitude));

    private static double Haversine(double lat1, double lon1, double lat2, double lon2)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(lat2 - lat1);
        var dLon = Radians(lon2 - lon1);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * 6371.0088 * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static SearchDocument RandomService(Random random, int number)
    {
        var places = Enumerable.Range(0, random.Next(0, 4))
            .Select(_ => (53.30 + (random.NextDouble() * 0.25), -1.50 + (random.NextDouble() * 0.40)))
            .ToArray();
        var openings = Enumerable.Range(0, random.Next(0, 4)).Select(_ =>
        {
            var opens = new TimeOnly(random.Next(7, 18), random.Next(0, 4) * 15);
            return new OpeningSlot((DayOfWeek)random.Next(0, 7), opens, opens.AddMinutes(random.Next(1, 16) * 30));
        }).ToArray();
        var minimum = random.Next(3) == 0 ? random.Next(0, 70) : (int?)null;
        return SearchFixture.Service(number, $"Service {random.Next(1, 500)}", random.Next(16) == 0 ? null : (NeedCategory)random.Next(0, 15), "Words.", places) with
        {
            MinimumAge = minimum,
            MaximumAge = random.Next(3) == 0 ? (minimum ?? 0) + random.Next(5, 60) : null,
            Languages = [.. Languages.Where((_, i) => i == 0 ? random.Next(10) > 0 : random.Next(6) == 0)],
            IsFree = random.Next(4) > 0,
            Modes = (DeliveryModes)random.Next(1, 8),
            ReferralMode = random.Next(3) == 0 ? ReferralMode.SignpostOnly : ReferralMode.AcceptsReferrals,
            Status = random.Next(12) switch { 0 => ServiceStatus.TemporarilyClosed, 1 => ServiceStatus.Inactive, _ => ServiceStatus.Active },
            AssuredDate = random.Next(5) == 0 ? null : Today.AddDays(-random.Next(0, 900)),
            TaxonomyTermIds = [.. Taxonomy.Where(_ => random.Next(5) == 0)],
            Openings = openings,
        };
    }

    private static SearchQuery RandomQuery(Random random)
    {
        var query = new SearchQuery();
        if (random.Next(2) == 0)
        {
            query = query with { Latitude = 53.30 + (random.NextDouble() * 0.25), Longitude = -1.50 + (random.NextDouble() * 0.40) };
            if (random.Next(2) == 0)
            {
                query = query with { RadiusKm = 0.5 + (random.NextDouble() * 8) };
            }
        }

        return query with
        {
            Need = random.Next(3) == 0 ? (NeedCategory)random.Next(0, 15) : null,
            Age = random.Next(4) == 0 ? random.Next(0, 90) : null,
            Language = random.Next(5) == 0 ? Languages[random.Next(Languages.Length)] : null,
            FreeOnly = random.Next(4) == 0,
            Mode = random.Next(4) == 0 ? (DeliveryModes)random.Next(1, 8) : null,
            ReferralsOnly = random.Next(5) == 0,
            IncludeClosed = random.Next(3) == 0,
            TaxonomyTermIds = random.Next(4) == 0 ? [Taxonomy[random.Next(Taxonomy.Length)], Taxonomy[random.Next(Taxonomy.Length)]] : [],
            OpenAt = random.Next(3) == 0 ? new OpenAt((DayOfWeek)random.Next(0, 7), new TimeOnly(random.Next(6, 22), random.Next(0, 60))) : null,
        };
    }
}
