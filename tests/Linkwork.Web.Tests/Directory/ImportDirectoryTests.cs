using Linkwork.Data;
using Linkwork.Domain.Directory;
using Linkwork.Domain.Directory.Parts;
using Linkwork.Interop.Hsds;
using Linkwork.Web.Features.Directory.Import;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Linkwork.Web.Tests.Directory;

public abstract class ImportDirectoryTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    private static readonly Guid TermId = Guid.CreateVersion7();

    [Fact]
    public async Task A_feed_imports_and_importing_it_again_changes_nothing()
    {
        var batch = Feed(services: 3);

        var first = await ImportAsync(batch);
        Assert.True(first.Applied, string.Join("; ", first.Errors));
        Assert.Equal(3, first.Counts["services"].Created);
        Assert.Equal(1, first.Counts["organizations"].Created);
        Assert.Equal(3, first.ChangedServices.Count);

        var again = await ImportAsync(batch);
        Assert.True(again.Applied);
        Assert.Equal(3, again.Counts["services"].Unchanged);
        Assert.Equal(0, again.Counts["services"].Updated);
        Assert.Empty(again.ChangedServices);

        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        var stored = await db.Services.AsNoTracking().SingleAsync(s => s.Id == batch.Services[0].Id);
        Assert.Equal(batch.Services[0].Details.Name, stored.Name);
        Assert.Equal("TH,FR", stored.Details.Schedules[0].Byday);
        Assert.Equal(batch.Locations[0].Id, stored.Details.Locations[0].LocationId);
        Assert.Equal(TermId, stored.Details.Attributes[0].TaxonomyTermId);
        Assert.Contains(await db.AuditEntries.Select(a => a.Action).ToListAsync(), a => a == "directory.import");
    }

    [Fact]
    public async Task A_changed_record_is_updated_and_a_full_feed_withdraws_what_it_no_longer_lists()
    {
        var batch = Feed(services: 3);
        Assert.True((await ImportAsync(batch)).Applied);

        var changed = batch.Services[0] with { Details = batch.Services[0].Details with { Description = "Now on Saturdays too." } };
        var smaller = With(batch, services: [changed, batch.Services[1]]);
        var report = await ImportAsync(smaller, fullFeed: true);

        Assert.True(report.Applied, string.Join("; ", report.Errors));
        Assert.Equal(1, report.Counts["services"].Updated);
        Assert.Equal(1, report.Counts["services"].Withdrawn);

        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        var withdrawn = await db.Services.AsNoTracking().SingleAsync(s => s.Id == batch.Services[2].Id);
        Assert.Equal(ServiceStatus.Inactive, withdrawn.Details.Status);
        Assert.Equal("Now on Saturdays too.", (await db.Services.AsNoTracking().SingleAsync(s => s.Id == changed.Id)).Details.Description);
    }

    [Fact]
    public async Task One_bad_record_rejects_the_batch_and_every_bad_record_is_reported()
    {
        var batch = Feed(services: 4);
        var farAway = batch.Locations[0] with { Id = Guid.CreateVersion7(), Details = batch.Locations[0].Details with { Latitude = 123 } };
        var unknownTerm = batch.Services[1] with
        {
            Details = batch.Services[1].Details with { Attributes = [new TermLink { Id = Guid.CreateVersion7(), TaxonomyTermId = Guid.CreateVersion7() }] },
        };
        var pointsNowhere = batch.Services[2] with
        {
            Details = batch.Services[2].Details with { Locations = [new ServiceAtLocation { Id = Guid.CreateVersion7(), LocationId = Guid.CreateVersion7() }] },
        };
        var bad = With(batch, locations: [.. batch.Locations, farAway], services: [batch.Services[0], unknownTerm, pointsNowhere, batch.Services[3]]);

        var report = await ImportAsync(bad);

        Assert.False(report.Applied);
        Assert.Equal(3, report.Errors.Count);
        Assert.Contains(report.Errors, e => e.Entity == "location" && e.Message.Contains("Latitude", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e.Id == unknownTerm.Id.ToString() && e.Message.Contains("taxonomy term", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e.Id == pointsNowhere.Id.ToString() && e.Message.Contains("neither in the feed", StringComparison.Ordinal));

        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        var ids = batch.Services.Select(s => s.Id).Concat(batch.Locations.Select(l => l.Id)).ToList();
        Assert.False(await db.Services.AnyAsync(s => ids.Contains(s.Id)));
        Assert.False(await db.Locations.AnyAsync(l => ids.Contains(l.Id)));
        Assert.False(await db.Organisations.AnyAsync(o => o.Id == batch.Organisations[0].Id));
    }

    [Fact]
    public async Task A_feed_cannot_move_a_service_to_another_organisation()
    {
        var batch = Feed(services: 1);
        Assert.True((await ImportAsync(batch)).Applied);
        var other = Feed(services: 1);
        var moved = batch.Services[0] with { OrganisationId = other.Organisations[0].Id };

        var report = await ImportAsync(new HsdsBatch
        {
            Profile = HsdsProfile.Core, Errors = [], Warnings = [], Taxonomies = [], TaxonomyTerms = batch.TaxonomyTerms,
            Organisations = other.Organisations, Locations = batch.Locations, Services = [moved],
        });

        Assert.False(report.Applied);
        Assert.Contains("cannot move it", Assert.Single(report.Errors).Message, StringComparison.Ordinal);
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        Assert.False(await db.Organisations.AnyAsync(o => o.Id == other.Organisations[0].Id));
    }

    [Fact]
    public async Task Duplicate_ids_are_named()
    {
        var batch = Feed(services: 2);
        var report = await ImportAsync(With(batch, services: [batch.Services[0], batch.Services[1] with { Id = batch.Services[0].Id }]));

        Assert.False(report.Applied);
        var error = Assert.Single(report.Errors);
        Assert.Equal(batch.Services[0].Id.ToString(), error.Id);
        Assert.Contains("2 times", error.Message, StringComparison.Ordinal);
    }

    private async Task<ImportReport> ImportAsync(HsdsBatch batch, bool fullFeed = false)
    {
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        var programmeId = await db.Programmes.Select(p => p.Id).FirstAsync();
        return await scope.ServiceProvider.GetRequiredService<ImportDirectory>().HandleAsync(programmeId, batch, fullFeed, null, TestContext.Current.CancellationToken);
    }

    private static HsdsBatch Feed(int services)
    {
        var organisationId = Guid.CreateVersion7();
        var taxonomyId = Guid.CreateVersion7();
        var location = new HsdsLocationRecord(Guid.CreateVersion7(), organisationId, new LocationDetails
        {
            Name = "Clifton Park Museum",
            Latitude = 53.4270,
            Longitude = -1.3495,
            Addresses = [new Address { Id = Guid.CreateVersion7(), Address1 = "Clifton Lane", City = "Rotherham", StateProvince = "South Yorkshire", PostalCode = "S65 2AA", Country = "GB", AddressType = "physical" }],
        });
        return new HsdsBatch
        {
            Profile = HsdsProfile.Core,
            Errors = [],
            Warnings = [],
            Taxonomies = [Taxonomy.Create(taxonomyId, "Test taxonomy", "For tests", null, "1")],
            TaxonomyTerms = [TaxonomyTerm.Create(TermId, "Food banks", "Emergency food", taxonomyId)],
            Organisations = [new HsdsOrganisationRecord(organisationId, "Rotherham Food Network " + organisationId, "Food for everyone", "https://example.org", "info@example.org", null, new OrganisationListing())],
            Locations = [location],
            Services = [.. Enumerable.Range(1, services).Select(n => new HsdsServiceRecord(Guid.CreateVersion7(), organisationId, new ServiceDetails
            {
                Name = $"Food bank {n}",
                Description = "Emergency food parcels.",
                Schedules = [new Schedule { Id = Guid.CreateVersion7(), Freq = "WEEKLY", Byday = "TH,FR", OpensAt = "10:00", ClosesAt = "14:00" }],
                Attributes = [new TermLink { Id = Guid.CreateVersion7(), TaxonomyTermId = TermId }],
                Locations = [new ServiceAtLocation { Id = Guid.CreateVersion7(), LocationId = location.Id }],
            }, null))],
        };
    }

    private static HsdsBatch With(HsdsBatch batch, IReadOnlyList<HsdsLocationRecord>? locations = null, IReadOnlyList<HsdsServiceRecord>? services = null) => new()
    {
        Profile = batch.Profile,
        Errors = [],
        Warnings = [],
        Taxonomies = batch.Taxonomies,
        TaxonomyTerms = batch.TaxonomyTerms,
        Organisations = batch.Organisations,
        Locations = locations ?? batch.Locations,
        Services = services ?? batch.Services,
    };
}

public sealed class SqliteImportDirectoryTests(SqliteApp app) : ImportDirectoryTests<SqliteApp>(app);

public sealed class PostgresImportDirectoryTests(PostgresApp app) : ImportDirectoryTests<PostgresApp>(app);
