using System.Text.Json;
using System.Text.Json.Nodes;

namespace Linkwork.Interop.Hsds;

/// <summary>HSDS's tabular form written as JSON (examples/tabular.json): an object of table files, each a list of flat rows.</summary>
internal static class TabularJson
{
    public static bool IsTabular(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.EnumerateObject().Any()
        && root.EnumerateObject().All(p => p.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && p.Value.ValueKind == JsonValueKind.Array);

    public static TabularTables Tables(JsonElement root, string sourceName)
    {
        var tables = new TabularTables();
        foreach (var file in root.EnumerateObject())
        {
            if (TabularLayout.TableOfFile(file.Name) is not { } table)
            {
                continue;
            }

            var rows = new List<TabularRow>();
            var index = 0;
            foreach (var item in file.Value.EnumerateArray())
            {
                var cells = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
                if (item.ValueKind == JsonValueKind.Object)
                {
                    foreach (var cell in item.EnumerateObject())
                    {
                        // Rows stand for CSV lines: each cell is read as its text would be, so 1234567 in a text column is "1234567".
                        var text = cell.Value.ValueKind switch
                        {
                            JsonValueKind.String => cell.Value.GetString(),
                            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => cell.Value.GetRawText(),
                            _ => null,
                        };
                        if (TabularLayout.Cell(table, cell.Name, text) is { } value)
                        {
                            cells[cell.Name] = value;
                        }
                    }
                }

                rows.Add(new TabularRow(cells, $"{sourceName} \"{file.Name}\"[{index++}]"));
            }

            tables.Rows[table] = rows;
            tables.Files[table] = file.Name;
        }

        return tables;
    }
}
