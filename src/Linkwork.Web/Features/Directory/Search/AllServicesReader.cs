using System.Data.Common;
using System.Runtime.CompilerServices;
using Linkwork.Data;
using Linkwork.Data.Search;
using Linkwork.Domain.Directory;
using Linkwork.Domain.Directory.Parts;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Directory.Search;

/// <summary>
/// Reads every service, with the organisations, terms and locations they point at, with one plain SQL query per
/// table on the context's own connection: the index's full build at start. The SQL uses only column names
/// (snake_case on both providers) and reads values through the provider's own type mapping (uuid or text ids,
/// date or text dates), so it is the same on SQLite and PostgreSQL. Of the JSON columns only the fields the
/// index uses are read (<see cref="StoredJsonFields"/>).
/// </summary>
internal static class AllServicesReader
{
    private const string LocationsSql = "SELECT id, name, latitude, longitude, addresses, schedules FROM locations";

    private const string ServicesSql =
        "SELECT id, organisation_id, name, alternate_name, description, need, minimum_age, maximum_age, languages, fees, " +
        "fees_description, cost_options, modes, referral_mode, status, capacity, assured_date, locations, schedules, attributes FROM services";

    public static async IAsyncEnumerable<SearchDocument> ReadAsync(LinkworkDbContext db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var lookups = new SearchDocumentSource.Lookups(
                await ReadNamesAsync(connection, "SELECT id, name FROM organisations", cancellationToken),
                await ReadNamesAsync(connection, "SELECT id, name FROM taxonomy_terms", cancellationToken),
                await ReadLocationsAsync(connection, cancellationToken));
            await using var command = Command(connection, ServicesSql);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                yield return SearchDocumentSource.Document(Row(reader), lookups);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
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
