using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Linkwork.Data.Bulk;

/// <summary>
/// SQLite: one prepared single-row INSERT, its parameters made by EF's own type mappings (so a Guid binds as the
/// same text EF binds), executed for every row in the caller's transaction. One row a statement, because
/// Microsoft.Data.Sqlite finds each parameter by name and SQLite looks names up one by one: a statement of many
/// rows spends its time binding.
/// </summary>
internal static class SqliteBulkInsert
{
    public static async Task InsertAsync(SqliteConnection connection, SqliteTransaction transaction, BulkColumns shape, IAsyncEnumerable<object?[][]> blocks)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var parameters = new DbParameter[shape.Columns.Count];
        for (var column = 0; column < parameters.Length; column++)
        {
            parameters[column] = shape.Columns[column].TypeMapping.CreateParameter(command, $"@p{column}", null, nullable: true);
            command.Parameters.Add(parameters[column]);
        }

        command.CommandText = new StringBuilder("INSERT INTO ").Append(Quote(shape.Table)).Append(" (")
            .AppendJoin(", ", shape.Columns.Select(c => Quote(c.Name))).Append(") VALUES (")
            .AppendJoin(", ", parameters.Select(p => p.ParameterName)).Append(')').ToString();
        command.Prepare();
        await foreach (var block in blocks)
        {
            foreach (var row in block)
            {
                for (var column = 0; column < parameters.Length; column++)
                {
                    parameters[column].Value = row[column] ?? DBNull.Value;
                }

                // Synchronous on purpose: Microsoft.Data.Sqlite's async calls run synchronously anyway, at extra cost.
                command.ExecuteNonQuery();
            }
        }
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
