using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Linkwork.Interop.Hsds;

/// <summary>
/// Turns the flat tables of a tabular package back into HSDS's nested records through their *_id columns (a
/// phone row with a service_id joins that service's phones, and so on), then reads each organization, location,
/// service, taxonomy and term as if a JSON feed had listed it. Every nested part remembers its CSV row, so an
/// error deep inside a service still names the file and line to fix. A row that belongs to nothing is a warning.
/// </summary>
internal sealed partial class TabularAssembler(FeedCollector collector, RecordProcessor processor)
{
    // Parents are built after their children so each child is complete when copied in.
    private static readonly string[] BuildOrder =
    [
        "language", "phone", "contact", "schedule", "address", "accessibility", "service_area", "cost_option", "required_document", "funding",
        "organization_identifier", "program", "attribute", "service_at_location", "service", "location", "organization", "taxonomy", "taxonomy_term",
    ];

    private static readonly string[] AttributeHolders = ["service", "location", "organization"];

    private static readonly (string Table, HsdsEntity Entity)[] RecordTables =
    [
        ("organization", HsdsEntity.Organization), ("location", HsdsEntity.Location), ("service", HsdsEntity.Service),
        ("taxonomy", HsdsEntity.Taxonomy), ("taxonomy_term", HsdsEntity.TaxonomyTerm),
    ];

    private readonly Dictionary<JsonNode, string> _rowOf = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<TabularRow, JsonObject> _built = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(string Table, string Column), ILookup<Guid, TabularRow>> _byReference = [];

    public void Assemble(TabularTables tables)
    {
        if (collector.Options.Profile is null && CsvPackageReader.HasUkColumns(tables))
        {
            collector.Profile = HsdsProfile.UkProfile;
        }

        var used = new HashSet<TabularRow>(ReferenceEqualityComparer.Instance);
        foreach (var table in BuildOrder)
        {
            foreach (var row in tables.Of(table))
            {
                var node = new JsonObject();
                foreach (var (column, value) in row.Cells)
                {
                    node[column] = value?.DeepClone();
                }

                _rowOf[node] = row.Source;
                _built[row] = node;
                foreach (var link in TabularLayout.Links.Where(l => l.Parent == table))
                {
                    Adopt(node, row, tables, link.Child, link.Column, link.List, used);
                }

                if (AttributeHolders.Contains(table))
                {
                    Adopt(node, row, tables, "attribute", "link_id", "attributes", used, table);
                }
            }
        }

        ReportOrphans(tables, used);
        processor.Total = RecordTables.Sum(t => tables.Of(t.Table).Count);
        foreach (var (table, entity) in RecordTables)
        {
            foreach (var row in tables.Of(table))
            {
                var node = _built[row];
                var raw = node.ToJsonString();
                using var document = JsonDocument.Parse(raw);
                var path = collector.NextPath(entity);
                processor.Process(entity, document.RootElement, raw, new RecordSource(row.Source, null, p => SourceOf(node, path, p)), path);
            }
        }
    }

    /// <summary>Copies into <paramref name="parent"/>'s list every child row whose <paramref name="column"/> names it.</summary>
    private void Adopt(JsonObject parent, TabularRow parentRow, TabularTables tables, string child, string column, string list, HashSet<TabularRow> used, string? holder = null)
    {
        if (parentRow.Reference("id") is not { } parentId)
        {
            return;
        }

        if (!_byReference.TryGetValue((child, column), out var byParent))
        {
            byParent = tables.Of(child).Where(r => r.Reference(column) is not null).ToLookup(r => r.Reference(column)!.Value);
            _byReference[(child, column)] = byParent;
        }

        foreach (var childRow in byParent[parentId])
        {
            // An attribute's link_entity, when it names one of the records, says which record with that id it is for.
            if (holder is not null && childRow.Text("link_entity") is { } entity && AttributeHolders.Contains(entity) && entity != holder)
            {
                continue;
            }

            if (parent[list] is not JsonArray items)
            {
                items = [];
                parent[list] = items;
            }

            items.Add(Copy(_built[childRow]));
            used.Add(childRow);
        }
    }

    /// <summary>A deep copy that keeps, for every node inside, the CSV row it came from.</summary>
    private JsonNode Copy(JsonNode original)
    {
        var copy = original.DeepClone();
        Remember(original, copy);
        return copy;
    }

    private void Remember(JsonNode original, JsonNode copy)
    {
        if (_rowOf.TryGetValue(original, out var source))
        {
            _rowOf[copy] = source;
        }

        switch (original)
        {
            case JsonObject o:
                foreach (var (name, value) in o)
                {
                    if (value is not null)
                    {
                        Remember(value, copy[name]!);
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    if (a[i] is { } item)
                    {
                        Remember(item, copy[i]!);
                    }
                }

                break;
        }
    }

    private void ReportOrphans(TabularTables tables, HashSet<TabularRow> used)
    {
        var children = TabularLayout.Links.Select(l => l.Child).Append("attribute").Distinct();
        foreach (var table in children)
        {
            foreach (var row in tables.Of(table).Where(r => !used.Contains(r)))
            {
                var id = row.Text("id") ?? "(no id)";
                if (table == "service_at_location")
                {
                    collector.Error(HsdsEntity.ServiceAtLocation, id, new RecordSource(row.Source), "service_at_locations",
                        $"service {row.Text("service_id") ?? "(none)"} is not in the feed");
                    continue;
                }

                var links = string.Join(", ", row.Cells.Keys.Where(k => k.EndsWith("_id", StringComparison.Ordinal) && k != "taxonomy_term_id").Select(k => $"{k} {row.Text(k)}"));
                collector.RowWarning(table, id, row.Source, $"{table} {id} belongs to no record in the feed ({(links.Length == 0 ? "no *_id column is filled" : links)}); it is ignored");
            }
        }
    }

    /// <summary>The CSV row behind a field of an assembled record: the nearest node on the field's path that came from a row.</summary>
    private string? SourceOf(JsonNode record, string recordPath, string fieldPath)
    {
        if (!fieldPath.StartsWith(recordPath, StringComparison.Ordinal))
        {
            return null;
        }

        JsonNode? node = record;
        var best = _rowOf.GetValueOrDefault(record);
        foreach (Match segment in PathSegment().Matches(fieldPath[recordPath.Length..]))
        {
            node = segment.Groups[1].Success ? (node as JsonObject)?[segment.Groups[1].Value] : (node as JsonArray)?.ElementAtOrDefault(int.Parse(segment.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
            if (node is null)
            {
                break;
            }

            best = _rowOf.GetValueOrDefault(node) ?? best;
        }

        return best;
    }

    [GeneratedRegex(@"\.?([^.\[\]]+)|\[(\d+)\]")]
    private static partial Regex PathSegment();
}
