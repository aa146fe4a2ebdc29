using Npgsql;

namespace Linkwork.Data.Bulk;

/// <summary>
/// PostgreSQL: binary COPY straight into the table, on the connection of the caller's transaction (COPY joins it),
/// each value written as the column's own store type.
/// </summary>
internal static class PostgresBulkCopy
{
    public static async Task InsertAsync(NpgsqlConnection connection, BulkColumns shape, IAsyncEnumerable<object?[][]> blocks, CancellationToken cancellationToken)
    {
        var columns = shape.Columns;
        var types = columns.Select(c => DataTypeName(c.StoreType)).ToArray();
        var copy = $"COPY {Quote(shape.Table)} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        await foreach (var block in blocks)
        {
            foreach (var row in block)
            {
                await importer.StartRowAsync(cancellationToken);
                for (var column = 0; column < columns.Count; column++)
                {
                    if (row[column] is { } value)
                    {
                        await importer.WriteAsync(value, types[column], cancellationToken);
                    }
                    else
                    {
                        await importer.WriteNullAsync(cancellationToken);
                    }
                }
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    // "character varying(200)" is written as "character varying": the length is the column's to check.
    private static string DataTypeName(string storeType)
    {
        var facets = storeType.IndexOf('(', StringComparison.Ordinal);
        return facets < 0 ? storeType : storeType[..facets].TrimEnd();
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
