namespace Linkwork.Data.Bulk;

/// <summary>
/// The provider values of a block of rows, worked out on every core before they are written: serialising the
/// JSON part columns is most of the cost of a row, while the database takes one writer at a time.
/// </summary>
internal static class BulkRows
{
    public static object?[][] Values<T>(BulkColumns shape, IReadOnlyList<T> rows)
        where T : class
    {
        var columns = shape.Columns;
        var values = new object?[rows.Count][];
        Parallel.For(0, rows.Count, i =>
        {
            var row = new object?[columns.Count];
            for (var column = 0; column < columns.Count; column++)
            {
                row[column] = columns[column].ProviderValue(rows[i]);
            }

            values[i] = row;
        });
        return values;
    }
}
