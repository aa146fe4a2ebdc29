using System.Data.Common;
using System.Globalization;
using System.Text;
using Linkwork.Data;
using Linkwork.Domain.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Linkwork.Web.Features.Directory.Search;

/// <summary>
/// Reads what a results page shows of its hits from the database, so what is shown is what is stored: one plain
/// SQL query for the services with their organisations' names, one for the places shown. The EF queries this
/// replaces cost several times more per search (three queries, each building its expression and reading whole
/// JSON parts for a field or two), which mattered at thousands of searches a second. Ids are bound through EF's
/// own type mapping, so they match however the provider stores them (text on SQLite, uuid on PostgreSQL).
/// </summary>
public sealed class SearchPageReader(LinkworkDbContext db)
{
    private const string ServicesSql =
        "SELECT s.id, s.organisation_id, o.name, s.name, s.description, s.need, s.referral_mode, s.status, s.capacity, s.assured_date, " +
        "s.fees, s.fees_description, s.cost_options, s.locations FROM services s LEFT JOIN organisations o ON o.id = s.organisation_id WHERE s.id IN ";

    private const string PlacesSql = "SELECT id, name, latitude, longitude, addresses FROM locations WHERE id IN ";

    public sealed record ServiceRow(
        Guid Id, Guid OrganisationId, string OrganisationName, string Name, string? Description, NeedCategory? Need, ReferralMode ReferralMode,
        ServiceStatus Status, CapacityStatus? Capacity, int? EstimatedWaitWeeks, DateOnly? AssuredDate, bool IsFree, Guid? FirstLocationId);

    public sealed record PlaceRow(Guid Id, string? Name, string? Postcode, double? Latitude, double? Longitude);

    /// <summary>Opens the context's connection for the reads that follow; dispose to close it.</summary>
    public async Task<IAsyncDisposable> OpenAsync(CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        return new Closer(db);
    }

    public async Task<Dictionary<Guid, ServiceRow>> ServicesAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<Guid, ServiceRow>(ids.Count);
        if (ids.Count == 0)
        {
            return rows;
        }

        await using var command = Command(ServicesSql, ids);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var capacity = StoredJsonFields.Capacity(Text(reader, 8));
            var links = StoredJsonFields.LocationLinks(Text(reader, 13));
            var row = new ServiceRow(
                reader.GetFieldValue<Guid>(0),
                reader.GetFieldValue<Guid>(1),
                Text(reader, 2) ?? "",
                reader.GetString(3),
                Text(reader, 4),
                Text(reader, 5) is { } need ? Enum.Parse<NeedCategory>(need) : null,
                Enum.Parse<ReferralMode>(reader.GetString(6)),
                Enum.Parse<ServiceStatus>(reader.GetString(7)),
                capacity?.Status,
                capacity?.EstimatedWaitWeeks,
                reader.IsDBNull(9) ? null : reader.GetFieldValue<DateOnly>(9),
                ServiceDetailsRules.IsFree(Text(reader, 10), Text(reader, 11), StoredJsonFields.AnyAmountAboveZero(Text(reader, 12))),
                links.Count > 0 ? links[0].LocationId : null);
            rows[row.Id] = row;
        }

        return rows;
    }

    public async Task<Dictionary<Guid, PlaceRow>> PlacesAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<Guid, PlaceRow>(ids.Count);
        if (ids.Count == 0)
        {
            return rows;
        }

        await using var command = Command(PlacesSql, ids);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new PlaceRow(
                reader.GetFieldValue<Guid>(0),
                Text(reader, 1),
                StoredJsonFields.Postcode(Text(reader, 4)),
                reader.IsDBNull(2) ? null : reader.GetDouble(2),
                reader.IsDBNull(3) ? null : reader.GetDouble(3));
            rows[row.Id] = row;
        }

        return rows;
    }

    private DbCommand Command(string sql, IReadOnlyList<Guid> ids)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var mapping = db.GetService<IRelationalTypeMappingSource>().FindMapping(typeof(Guid))
            ?? throw new InvalidOperationException("The database provider has no mapping for ids.");
        var text = new StringBuilder(sql, sql.Length + (ids.Count * 6)).Append('(');
        for (var i = 0; i < ids.Count; i++)
        {
            var name = "@p" + i.ToString(CultureInfo.InvariantCulture);
            text.Append(i == 0 ? "" : ", ").Append(name);
            command.Parameters.Add(mapping.CreateParameter(command, name, ids[i]));
        }

        command.CommandText = text.Append(')').ToString();
        return command;
    }

    private static string? Text(DbDataReader reader, int ordinal) => reader.GetValue(ordinal) as string;

    private sealed class Closer(LinkworkDbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await db.Database.CloseConnectionAsync();
    }
}
