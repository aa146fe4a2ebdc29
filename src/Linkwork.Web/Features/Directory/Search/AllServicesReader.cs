using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Linkwork.Data;
using Linkwork.Data.Search;
using Linkwork.Domain.Directory;
using Linkwork.Domain.Directory.Parts;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Directory.Search;

/// <summary>
/// Reads every service, with the organisations, terms and locations they point at, with plain SQL on the
/// context's own connection: the index's full build at start. The SQL uses only column names (snake_case on
/// both providers) and reads values through the provider's own type mapping (uuid or text ids, date or text
/// dates), so it is the same on SQLite and PostgreSQL. Of the JSON columns only the fields the index uses are
/// read (<see cref="StoredJsonFields"/>). A large directory is read in two halves at once, on two connections,
/// because reading and parsing a service costs more than indexing it: on two cores the two halves and the
/// index build then share the time.
/// </summary>
internal static class AllServicesReader
{
    /// <summary>Below this many services one reader is quick enough and a second connection is not worth it.</summary>
    public const int SplitThreshold = 50_000;

    private const string LocationsSql = "SELECT id, name, latitude, longitude, addresses, schedules FROM locations";

    private const string ServicesSql =
        "SELECT id, organisation_id, name, alternate_name, description, need, minimum_age, maximum_age, languages, fees, " +
        "fees_description, cost_options, modes, referral_mode, status, capacity, assured_date, locations, schedules, attributes FROM services";

    /// <summary>
    /// Every service as index documents, in batches of up to <paramref name="batchSize"/>, in no particular
    /// order; read in two halves from <paramref name="splitAbove"/> services. <paramref name="scopes"/> gives the
    /// second half its own context and connection.
    /// </summary>
    public static async IAsyncEnumerable<IndexedService[]> ReadAsync(
        LinkworkDbContext db, IServiceScopeFactory scopes, int batchSize, int splitAbove, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var lookups = new SearchDocumentSource.Lookups(
                await ReadNamesAsync(connection, "SELECT id, name FROM organisations", cancellationToken),
                await ReadNamesAsync(connection, "SELECT id, name FROM taxonomy_terms", cancellationToken),
                await ReadLocationsAsync(connection, cancellationToken));
            var middle = Environment.ProcessorCount > 1 ? await MiddleIdAsync(connection, splitAbove, cancellationToken) : null;
            var batches = Channel.CreateBounded<IndexedService[]>(new BoundedChannelOptions(4) { SingleReader = true });
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            Task[] halves = middle is null
                ? [Task.Run(() => PumpAsync(connection, lookups, null, null, batchSize, batches.Writer, stop.Token), CancellationToken.None)]
                :
                [
                    Task.Run(() => PumpAsync(connection, lookups, null, middle, batchSize, batches.Writer, stop.Token), CancellationToken.None),
                    Task.Run(() => PumpOnOwnConnectionAsync(scopes, lookups, middle, batchSize, batches.Writer, stop.Token), CancellationToken.None),
                ];
            var pumping = Task.WhenAll(halves).ContinueWith(
                done => batches.Writer.TryComplete(done.Exception?.InnerException), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            try
            {
                await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
                {
                    yield return batch;
                }
            }
            finally
            {
                // Left early (a failure, a cancellation): the readers stop at their next batch.
                await stop.CancelAsync();
                await pumping;
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The id that splits the services in two (as the database orders ids), or null when one reader will do.</summary>
    private static async Task<object?> MiddleIdAsync(DbConnection connection, int splitAbove, CancellationToken cancellationToken)
    {
        await using var count = Command(connection, "SELECT count(*) FROM services");
        var services = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        if (services < Math.Max(2, splitAbove))
        {
            return null;
        }

        await using var middle = Command(connection, $"SELECT id FROM services ORDER BY id LIMIT 1 OFFSET {services / 2}");
        return await middle.ExecuteScalarAsync(cancellationToken);
    }

    private static async Task PumpOnOwnConnectionAsync(
        IServiceScopeFactory scopes, SearchDocumentSource.Lookups lookups, object from, int batchSize, ChannelWriter<IndexedService[]> batches,
        CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await PumpAsync(db.Database.GetDbConnection(), lookups, from, null, batchSize, batches, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Reads the services with ids from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive); null is open.</summary>
    private static async Task PumpAsync(
        DbConnection connection, SearchDocumentSource.Lookups lookups, object? from, object? to, int batchSize, ChannelWriter<IndexedService[]> batches,
        CancellationToken cancellationToken)
    {
        // The bound is passed back as the provider gave it (text on SQLite, uuid on PostgreSQL), so it compares as ids do.
        var where = (from, to) switch
        {
            (null, null) => "",
            (null, _) => " WHERE id < @bound",
            _ => " WHERE id >= @bound",
        };
        await using var command = Command(connection, ServicesSql + where);
        if ((from ?? to) is { } bound)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@bound";
            parameter.Value = bound;
            command.Parameters.Add(parameter);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var batch = new List<IndexedService>(batchSize);
        while (await reader.ReadAsync(cancellationToken))
        {
            batch.Add(SearchDocumentSource.Indexed(Row(reader), lookups));
            if (batch.Count == batchSize)
            {
                await batches.WriteAsync([.. batch], cancellationToken);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            await batches.WriteAsync([.. batch], cancellationToken);
        }
    }

    private static SearchDocumentSource.Row Row(DbDataReader reader) => new(
        reader.GetFieldValue<Guid>(0),
        reader.GetFieldValue<Guid>(1),
        reader.GetString(2),
        Text(reader, 3),
        Text(reader, 4),
        Text(reader, 5) is { } need ? Enum.Parse<NeedCategory>(need) : null,
        reader.IsDBNull(6) ? null : reader.GetInt32(6),
        reader.IsDBNull(7) ? null : reader.GetInt32(7),
        StoredJsonFields.LanguageCodes(Text(reader, 8)),
        ServiceDetailsRules.IsFree(Text(reader, 9), Text(reader, 10), StoredJsonFields.AnyAmountAboveZero(Text(reader, 11))),
        (DeliveryModes)reader.GetInt32(12),
        Enum.Parse<ReferralMode>(reader.GetString(13)),
        Enum.Parse<ServiceStatus>(reader.GetString(14)),
        StoredJsonFields.Capacity(Text(reader, 15))?.Status,
        reader.IsDBNull(16) ? null : reader.GetFieldValue<DateOnly>(16),
        StoredJsonFields.LocationLinks(Text(reader, 17)),
        StoredJsonFields.WeeklyRules(Text(reader, 18)),
        StoredJsonFields.TermIds(Text(reader, 19)));

    private static async Task<Dictionary<Guid, string>> ReadNamesAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        var names = new Dictionary<Guid, string>();
        await using var command = Command(connection, sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            names[reader.GetFieldValue<Guid>(0)] = reader.GetString(1);
        }

        return names;
    }

    private static async Task<Dictionary<Guid, (SearchLocation? Place, IReadOnlyList<Schedule> Schedules)>> ReadLocationsAsync(
        DbConnection connection, CancellationToken cancellationToken)
    {
        var locations = new Dictionary<Guid, (SearchLocation? Place, IReadOnlyList<Schedule> Schedules)>();
        await using var command = Command(connection, LocationsSql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetFieldValue<Guid>(0);
            var place = SearchDocumentSource.Place(
                id, Text(reader, 1), reader.IsDBNull(2) ? null : reader.GetDouble(2), reader.IsDBNull(3) ? null : reader.GetDouble(3),
                StoredJsonFields.Postcode(Text(reader, 4)));
            locations[id] = (place, StoredJsonFields.WeeklyRules(Text(reader, 5)));
        }

        return locations;
    }

    private static DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        // A full read of a large directory may take longer than a query's usual limit.
        command.CommandTimeout = 0;
        return command;
    }

    // One call that reads the value and tells NULL apart, instead of IsDBNull then GetString: at a million rows
    // of twenty columns the calls into the provider are a good part of the load.
    private static string? Text(DbDataReader reader, int ordinal) => reader.GetValue(ordinal) as string;
}
