using System.Text.Json;
using Linkwork.Data;
using Linkwork.Data.Search;
using Linkwork.Domain.Access;
using Linkwork.Domain.Directory;
using Linkwork.Domain.Directory.Parts;
using Linkwork.Web.Features.Directory.Search;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Linkwork.Web.Tests.Directory.Search;

/// <summary>
/// The full load at start reads services with plain SQL and picks fields out of the JSON columns; the update
/// after a save reads them through EF. Both must give the index the same documents, on both databases.
/// </summary>
public abstract class SearchDocumentSourceTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    [Theory]
    [InlineData(AllServicesReader.SplitThreshold)]
    [InlineData(0)]
    public async Task The_full_load_reads_every_service_as_the_update_after_a_save_does(int splitAbove)
    {
        var detailed = await DetailedServiceAsync();
        await using var scope = App.Scope();
        var source = scope.ServiceProvider.GetRequiredService<SearchDocumentSource>();

        // From splitAbove services on, the load reads two halves at once: together they must hold each service once.
        var loaded = new List<SearchDocument>();
        var places = new Dictionary<Guid, IReadOnlyList<Guid>>();
        await foreach (var batch in source.AllInBatchesAsync(1_000, splitAbove, TestContext.Current.CancellationToken))
        {
            foreach (var service in batch)
            {
                loaded.Add(service.Document);
                places[service.Document.ServiceId] = service.ServiceAtLocationIds;
            }
        }

        Assert.Equal(loaded.Count, loaded.Select(d => d.ServiceId).Distinct().Count());

        var updated = (await source.ForAsync([.. loaded.Select(d => d.ServiceId)], TestContext.Current.CancellationToken)).ToDictionary(s => s.Document.ServiceId);
        Assert.Equal(await source.CountAsync(TestContext.Current.CancellationToken), loaded.Count);
        Assert.Equal(LinkworkApp.DemoServices + 1, loaded.Count);
        foreach (var document in loaded)
        {
            Assert.Equal(JsonSerializer.Serialize(updated[document.ServiceId].Document), JsonSerializer.Serialize(document));
            // The service_at_location map is filled from the same load: each place's own id, in stored order.
            Assert.Equal(updated[document.ServiceId].ServiceAtLocationIds, places[document.ServiceId]);
            Assert.DoesNotContain(Guid.Empty, places[document.ServiceId]);
        }

        // The detailed service exercises every field the JSON columns give.
        var read = loaded.Single(d => d.ServiceId == detailed);
        Assert.False(read.IsFree);
        Assert.Equal(["ur", "en"], read.Languages);
        Assert.Equal(CapacityStatus.Waitlist, read.Capacity);
        Assert.Equal(2, read.TaxonomyTermIds.Count);
        Assert.Contains(read.TaxonomyTermNames, name => name.StartsWith("Befriending", StringComparison.Ordinal));
        Assert.Equal("S60 1AA", Assert.Single(read.Locations).Postcode);
        // Its own hours at the first place (Wednesday), the second place's hours (Friday) as it gives none there;
        // the monthly rule has no weekly hours.
        Assert.Equal([DayOfWeek.Wednesday, DayOfWeek.Friday], read.Openings.Select(o => o.Day));
    }

    /// <summary>Adds a service with every part the index reads (once per fixture), and gives its id.</summary>
    private async Task<Guid> DetailedServiceAsync()
    {
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        if (await db.Services.Where(s => s.Details.Name == "Detailed lunch club").Select(s => (Guid?)s.Id).SingleOrDefaultAsync(TestContext.Current.CancellationToken) is { } existing)
        {
            return existing;
        }

        var now = App.Clock.GetUtcNow();
        var programmeId = await db.Programmes.Select(p => p.Id).FirstAsync(TestContext.Current.CancellationToken);
        var befriending = await db.TaxonomyTerms.Where(t => t.Need == NeedCategory.BefriendingAndGroups).Select(t => t.Id).SingleAsync(TestContext.Current.CancellationToken);
        var food = await db.TaxonomyTerms.Where(t => t.Need == NeedCategory.Food).Select(t => t.Id).SingleAsync(TestContext.Current.CancellationToken);
        var organisation = Organisation.Create(Guid.CreateVersion7(), programmeId, "Detailed Trust", OrganisationKind.Provider, now);
        Address Address(string postcode, string type) => new()
        {
            Id = Guid.CreateVersion7(), Address1 = "1 High Street", City = "Rotherham", StateProvince = "South Yorkshire",
            PostalCode = postcode, Country = "GB", AddressType = type,
        };
        var hall = Location.Create(Guid.CreateVersion7(), organisation.Id, new LocationDetails
        {
            Name = "Detailed Hall", Latitude = 53.43, Longitude = -1.36,
            Addresses = [Address("S60 9ZZ", "postal"), Address("S60 1AA", "physical")],
        }, now);
        var noMap = Location.Create(Guid.CreateVersion7(), organisation.Id, new LocationDetails
        {
            Name = "Somewhere unmapped",
            Schedules = [Schedule.Weekly(Guid.CreateVersion7(), [DayOfWeek.Friday], new TimeOnly(9, 0), new TimeOnly(12, 0))],
        }, now);
        var service = Service.Create(Guid.CreateVersion7(), organisation.Id, new ServiceDetails
        {
            Name = "Detailed lunch club",
            AlternateName = "Dinners together",
            Description = "A hot lunch and company.",
            Need = NeedCategory.BefriendingAndGroups,
            MinimumAge = 50,
            FeesDescription = "£3 a meal",
            CostOptions = [new CostOption { Id = Guid.CreateVersion7(), Amount = 3, Currency = "GBP" }],
            Languages = [new Language { Id = Guid.CreateVersion7(), Code = "ur-PK" }, new Language { Id = Guid.CreateVersion7(), Code = "EN" }],
            Attributes = [new TermLink { Id = Guid.CreateVersion7(), TaxonomyTermId = befriending }, new TermLink { Id = Guid.CreateVersion7(), TaxonomyTermId = food }],
            Locations =
            [
                new ServiceAtLocation
                {
                    Id = Guid.CreateVersion7(), LocationId = hall.Id,
                    Schedules =
                    [
                        Schedule.Weekly(Guid.CreateVersion7(), [DayOfWeek.Wednesday], new TimeOnly(12, 0), new TimeOnly(14, 0)),
                        new Schedule { Id = Guid.CreateVersion7(), Freq = "MONTHLY", Byday = "1MO", OpensAt = "10:00", ClosesAt = "11:00" },
                    ],
                },
                new ServiceAtLocation { Id = Guid.CreateVersion7(), LocationId = noMap.Id },
            ],
            ReferralMode = ReferralMode.AcceptsReferrals,
            AssuredDate = DateOnly.FromDateTime(now.UtcDateTime),
        }, now);
        service.UpdateCapacity(new ServiceCapacity(CapacityStatus.Waitlist, 6, now, "tester"));
        db.AddRange(organisation, hall, noMap, service);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return service.Id;
    }
}

public sealed class SqliteSearchDocumentSourceTests(SqliteApp app) : SearchDocumentSourceTests<SqliteApp>(app);

public sealed class PostgresSearchDocumentSourceTests(PostgresApp app) : SearchDocumentSourceTests<PostgresApp>(app);
