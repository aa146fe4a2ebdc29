using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Linkwork.Data;

/// <summary>
/// Two writers moved the same pathway record from the same version. The loser's UPDATE matches no row, but in the
/// same batch its event hits the unique (record, version) index first, so the database reports a unique violation
/// rather than a lost update. Both mean the same thing to the caller: someone else saved first (HTTP 412).
/// </summary>
internal static class LostVersionRace
{
    private const string EventVersionIndex = "ix_pathway_events_record_id_version";

    public static bool Is(DbUpdateException exception) => exception is not DbUpdateConcurrencyException && exception.InnerException switch
    {
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation && postgres.ConstraintName == EventVersionIndex,
        // SQLite names the columns, not the index, in its message.
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode == 2067 && sqlite.Message.Contains("pathway_events.record_id", StringComparison.Ordinal),
        _ => false,
    };

    public static DbUpdateConcurrencyException AsConcurrencyException(DbUpdateException exception) =>
        new("The record changed while this change was being saved.", exception);
}
