using System.Text.Json;
using Linkwork.Data;
using Linkwork.Data.Bulk;
using Linkwork.Domain.Access;
using Linkwork.Domain.Directory;
using Linkwork.Domain.Directory.Parts;
using Linkwork.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Linkwork.Web.Tests.Directory;

/// <summary>
/// The import's bulk path must store exactly what EF stores: each record is written twice, once by EF and once by
/// <see cref="BulkInsert"/> under another id, and the two rows must match column for column in the database and
/// read back through EF as equal records.
/// </summary>
public abstract class BulkInsertTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : LinkworkApp
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 30, 15, 123, TimeSpan.Zero);

    [Fact]
    public async Task A_full_row_written_in_bulk_is_stored_as_EF_stores_it()
    {
        var programmeId = await ProgrammeIdAsync();
        var (efOrganisation, bulkOrganisation) = Twice(id => Organisation(id, programmeId, full: true));
        await WriteAsync(efOrganisation, bulkOrganisation);
        var (efLocation, bulkLocation) = Twice(id => Location(id, efOrganisation.Id, full: true));
        await WriteAsync(efLocation, bulkLocation);
        var (efService, bulkService) = Twice(id => Service(id, efOrganisation.Id, efLocation.Id, full: true));
        await WriteAsync(efService, bulkService);

        await AssertSameRowsAsync("organisations", efOrganisation.Id, bulkOrganisation.Id);
        await AssertSameRowsAsync("locations", efLocation.Id, bulkLocation.Id);
        await AssertSameRowsAsync("services", efService.Id, bulkService.Id);
        await AssertSameRecordsAsync<Organisation>(efOrganisation.Id, bulkOrganisation.Id);
        await AssertSameRecordsAsync<Location>(efLocation.Id, bulkLocation.Id);
        await AssertSameRecordsAsync<Service>(efService.Id, bulkService.Id);
    }

    [Fact]
    public async Task A_sparse_row_written_in_bulk_keeps_its_nulls_and_empty_lists()
    {
        var programmeId = await ProgrammeIdAsync();
        var (efOrganisation, bulkOrganisation) = Twice(id => Organisation(id, programmeId, full: false));
        await WriteAsync(efOrganisation, bulkOrganisation);
        var (efLocation, bulkLocation) = Twice(id => Location(id, null, full: false));
        await WriteAsync(efLocation, bulkLocation);
        var (efService, bulkService) = Twice(id => Service(id, efOrganisation.Id, efLocation.Id, full: false));
        await WriteAsync(efService, bulkService);

        await AssertSameRowsAsync("organisations", efOrganisation.Id, bulkOrganisation.Id);
        await AssertSameRowsAsync("locations", efLocation.Id, bulkLocation.Id);
        await AssertSameRowsAsync("services", efService.Id, bulkService.Id);
        await AssertSameRecordsAsync<Service>(efService.Id, bulkService.Id);
        await AssertSameRecordsAsync<Location>(efLocation.Id, bulkLocation.Id);
    }

    [Fact]
    public async Task A_bulk_insert_rolls_back_with_its_transaction()
    {
        var programmeId = await ProgrammeIdAsync();
        var organisation = Organisation(Guid.CreateVersion7(), programmeId, full: true);
        await using (var scope = App.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            await db.InsertNewAsync([organisation], TestContext.Current.CancellationToken);
            Assert.True(await db.Organisations.AnyAsync(o => o.Id == organisation.Id, TestContext.Current.CancellationToken));
            await transaction.RollbackAsync(TestContext.Current.CancellationToken);
        }

        await using var check = App.Scope();
        Assert.False(await check.ServiceProvider.GetRequiredService<LinkworkDbContext>().Organisations
            .AnyAsync(o => o.Id == organisation.Id, TestContext.Current.CancellationToken));
    }

    private static (T Ef, T Bulk) Twice<T>(Func<Guid, T> make) => (make(Guid.CreateVersion7()), make(Guid.CreateVersion7()));

    private async Task<Guid> ProgrammeIdAsync()
    {
        await using var scope = App.Scope();
        return await scope.ServiceProvider.GetRequiredService<LinkworkDbContext>().Programmes.Select(p => p.Id).FirstAsync(TestContext.Current.CancellationToken);
    }

    private async Task WriteAsync<T>(T byEf, T inBulk)
        where T : class
    {
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        db.Add(byEf);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
        await db.InsertNewAsync([inBulk], TestContext.Current.CancellationToken);
        await transaction.CommitAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Every stored column but the id, as the database returns it, including its type.</summary>
    private async Task AssertSameRowsAsync(string table, Guid efId, Guid bulkId)
    {
        var byEf = await RowAsync(table, efId);
        var inBulk = await RowAsync(table, bulkId);
        Assert.True(byEf.Count > 10, $"{table} should have many columns, found {byEf.Count}");
        foreach (var (column, value) in byEf)
        {
            if (column == "id")
            {
                continue;
            }

            Assert.True(inBulk.TryGetValue(column, out var other), $"{table}.{column} is missing from the bulk row");
            Assert.True(Equals(value, other) && value.GetType() == other.GetType(),
                $"{table}.{column}: EF stored {Describe(value)}, the bulk path {Describe(other)}");
        }
    }

    private async Task<Dictionary<string, object>> RowAsync(string table, Guid id)
    {
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        // The id is compared as EF would pass it, so the lookup itself goes through EF's own type mapping.
        var idParameter = db.GetService<Microsoft.EntityFrameworkCore.Storage.IRelationalTypeMappingSource>()
            .FindMapping(typeof(Guid))!.CreateParameter(command, "@id", id);
        command.Parameters.Add(idParameter);
        command.CommandText = $"SELECT * FROM {table} WHERE id = @id";
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        Assert.True(await reader.ReadAsync(TestContext.Current.CancellationToken), $"no {table} row {id}");
        return Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, reader.GetValue);
    }

    private async Task AssertSameRecordsAsync<T>(Guid efId, Guid bulkId)
        where T : class
    {
        await using var scope = App.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        var byEf = await db.Set<T>().AsNoTracking().SingleAsync(e => EF.Property<Guid>(e, "Id") == efId, TestContext.Current.CancellationToken);
        var inBulk = await db.Set<T>().AsNoTracking().SingleAsync(e => EF.Property<Guid>(e, "Id") == bulkId, TestContext.Current.CancellationToken);
        Assert.Equal(Json(byEf).Replace(efId.ToString(), "", StringComparison.Ordinal), Json(inBulk).Replace(bulkId.ToString(), "", StringComparison.Ordinal));
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    private static string Describe(object value) => $"{value} ({value.GetType().Name})";

    private static Organisation Organisation(Guid id, Guid programmeId, bool full)
    {
        var organisation = Domain.Access.Organisation.Create(
            id, programmeId, "Rotherham Food Network", OrganisationKind.Provider, Now,
            full ? "Food for everyone" : null, full ? "https://example.org" : null, full ? "info@example.org" : null, full ? "01709 123456" : null);
        if (full)
        {
            organisation.ReviseListing(organisation.Name, organisation.Description, organisation.Website, organisation.Email, organisation.Phone, new OrganisationListing
            {
                AlternateName = "RFN",
                TaxStatus = "charity",
                YearIncorporated = 1998,
                Uri = "https://example.org/rfn",
                ParentOrganisationId = Guid.Parse("8f0c1d5e-7a43-4b55-9d8e-1c2b3a4d5e6f"),
                Identifiers = [new OrganisationIdentifier { Id = Guid.Parse("0b7f6a61-3d8e-4f8f-8c51-0b1b63e2f6a1"), IdentifierType = "charity", Identifier = "1234567" }],
                Phones = [new Phone { Id = Guid.Parse("2f0c1d5e-7a43-4b55-9d8e-1c2b3a4d5e60"), Number = "01709 123456", Extension = 12 }],
            }, Now.AddMinutes(1));
        }

        return organisation;
    }

    private static Location Location(Guid id, Guid? organisationId, bool full) => Domain.Directory.Location.Create(id, organisationId, full
        ? new LocationDetails
        {
            Name = "Clifton Park Museum",
            Description = "Ground floor, step-free.",
            Latitude = 53.42701234567,
            Longitude = -1.349512345678,
            ExternalIdentifier = "UPRN 100050789",
            Languages = [new Language { Id = Guid.Parse("3a0c1d5e-7a43-4b55-9d8e-1c2b3a4d5e61"), Code = "ur", Name = "Urdu" }],
            Addresses = [new Address { Id = Guid.Parse("4a0c1d5e-7a43-4b55-9d8e-1c2b3a4d5e62"), Address1 = "Clifton Lane", City = "Rotherham", StateProvince = "South Yorkshire", PostalCode = "S65 2AA", Country = "GB", AddressType = "physical" }],
        }
        : new LocationDetails { LocationType = "virtual" }, Now);

    private static Service Service(Guid id, Guid organisationId, Guid locationId, bool full)
    {
        var details = full
            ? new ServiceDetails
            {
                Name = "Food bank — Thursdays",
                AlternateName = "Café \"Bread & Butter\"",
                Description = "Emergency food parcels; bring ID.\nNo referral needed.",
                Url = "https://example.org/food",
                Email = "food@example.org",
                Status = ServiceStatus.TemporarilyClosed,
                Fees = "Free",
                MinimumAge = 16,
                MaximumAge = 99,
                AssuredDate = new DateOnly(2026, 10, 1),
                AssurerEmail = "curator@example.org",
                ProgramId = Guid.Parse("5a0c1d5e-7a43-4b55-9d8e-1c2b3a4d5e63"),
                Need = NeedCategory.Food,
                ReferralMode = ReferralMode.AcceptsReferrals,
                Modes = DeliveryModes.InPerson | DeliveryModes.Phone,
                Phones = [new Phone { Id = Guid.Parse("6a0c1d5e-7a43-4b55-9d8e-1c2b3a4d5e64"), Number = "01709 654321", Languages = [new Language { Id = Guid.Parse("7a0c1d5e-7a43-4b55-9d8e-1c2b3a4d5e65"), Code = "pl" }] }],
                Schedules = [new Schedule { Id = Guid.Parse("8a0c1d5e-7a43-4b55-9d8e-1c2b3a4d5e66"), Freq = "WEEKLY", Byday = "TH,FR", OpensAt = "10:00", ClosesAt = "14:00" }],
                Attributes = [new TermLink { Id = Guid.Parse("9a0c1d5e-7a43-4b55-9d8e-1c2b3a4d5e67"), TaxonomyTermId = NeedTaxonomy.TermId(NeedCategory.Food) }],
                Locations = [new ServiceAtLocation { Id = Guid.Parse("aa0c1d5e-7a43-4b55-9d8e-1c2b3a4d5e68"), LocationId = locationId, Description = "Side door" }],
            }
            : new ServiceDetails { Name = "Drop-in" };
        var service = Domain.Directory.Service.Create(id, organisationId, details, Now);
        if (full)
        {
            service.UpdateCapacity(new ServiceCapacity(CapacityStatus.Waitlist, 3, Now.AddHours(2), "provider@example.org"));
        }

        return service;
    }
}

public sealed class SqliteBulkInsertTests(SqliteApp app) : BulkInsertTests<SqliteApp>(app);

public sealed class PostgresBulkInsertTests(PostgresApp app) : BulkInsertTests<PostgresApp>(app);
