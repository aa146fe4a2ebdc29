using System.Text.Json.Nodes;

namespace Linkwork.Interop.Hsds;

/// <summary>One row of an HSDS table (a CSV line or an item of tabular.json): its cells, typed, and where it came from.</summary>
internal sealed record TabularRow(IReadOnlyDictionary<string, JsonNode?> Cells, string Source)
{
    public string? Text(string column) =>
        Cells.TryGetValue(column, out var value) && value is JsonValue text && text.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;

    public Guid? Reference(string column) => Guid.TryParse(Text(column), out var id) ? id : null;
}

/// <summary>The tables of a tabular HSDS package, by table name ("service", "phone" ...).</summary>
internal sealed class TabularTables
{
    public Dictionary<string, List<TabularRow>> Rows { get; } = new(StringComparer.Ordinal);

    /// <summary>Which file each table came from, for messages.</summary>
    public Dictionary<string, string> Files { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<TabularRow> Of(string table) => Rows.TryGetValue(table, out var rows) ? rows : [];
}
