using System.Runtime.CompilerServices;

namespace Linkwork.Data.Bulk;

/// <summary>
/// The provider values of the rows, a block at a time, the next block worked out on another core while the caller
/// writes this one: serialising the JSON part columns costs about as much as the write, and the database takes
/// one writer at a time.
/// </summary>
internal static class BulkRows
{
    private const int BlockSize = 256;

    public static async IAsyncEnumerable<object?[][]> Blocks<T>(BulkColumns shape, IReadOnlyList<T> rows, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where T : class
    {
        var next = Task.Run(() => Values(shape, rows, 0), cancellationToken);
        for (var start = 0; start < rows.Count; start += BlockSize)
        {
            var block = await next;
            var following = start + BlockSize;
            if (following < rows.Count)
            {
                next = Task.Run(() => Values(shape, rows, following), cancellationToken);
            }

            yield return block;
        }
    }

    private static object?[][] Values<T>(BulkColumns shape, IReadOnlyList<T> rows, int start)
        where T : class
    {
        var columns = shape.Columns;
        var values = new object?[Math.Min(BlockSize, rows.Count - start)][];
        for (var i = 0; i < values.Length; i++)
        {
            var row = new object?[columns.Count];
            for (var column = 0; column < columns.Count; column++)
            {
                row[column] = columns[column].ProviderValue(rows[start + i]);
            }

            values[i] = row;
        }

        return values;
    }
}
