using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;

namespace Linkwork.Interop.Hsds;

/// <summary>
/// Reads a tabular HSDS package: a folder of CSV files, one per table, found through its datapackage.json when it
/// has one and by HSDS's file names otherwise. Empty cells are absent values. A CSV that cannot be parsed is one
/// error with its line; the package's other files are still read.
/// </summary>
internal static class CsvPackageReader
{
    private static readonly string[] UkOnlyColumns = ["service_area", "accessibility", "term"];

    public static bool IsPackage(string directory) =>
        File.Exists(Path.Combine(directory, "datapackage.json"))
        || TabularLayout.Tables.Any(t => t.Files.Any(f => File.Exists(Path.Combine(directory, f))) && t.Table == "service");

    public static TabularTables Read(string directory, HsdsProfile? profile, FeedCollector collector)
    {
        var files = FilesOf(directory, profile ?? Detect(directory));
        var tables = new TabularTables();
        foreach (var (table, file) in files)
        {
            tables.Rows[table] = ReadTable(table, Path.Combine(directory, file), file, collector);
            tables.Files[table] = file;
        }

        return tables;
    }

    /// <summary>The UK profile shows in columns only it has: service_areas.service_area, accessibility.accessibility, taxonomy_terms.term.</summary>
    public static HsdsProfile Detect(string directory)
    {
        foreach (var (file, column) in new[] { ("service_areas.csv", "service_area"), ("accessibility.csv", "accessibility"), ("taxonomy_terms.csv", "term") })
        {
            var path = Path.Combine(directory, file);
            if (File.Exists(path) && (File.ReadLines(path).FirstOrDefault() ?? "").Split(',').Select(h => h.Trim().Trim('"')).Contains(column))
            {
                return HsdsProfile.UkProfile;
            }
        }

        return HsdsProfile.Core;
    }

    private static Dictionary<string, string> FilesOf(string directory, HsdsProfile profile)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var package = Path.Combine(directory, "datapackage.json");
        if (File.Exists(package))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(package));
            if (document.RootElement.TryGetProperty("resources", out var resources) && resources.ValueKind == JsonValueKind.Array)
            {
                foreach (var resource in resources.EnumerateArray())
                {
                    if (resource.TryGetProperty("name", out var name) && resource.TryGetProperty("path", out var path)
                        && TabularLayout.Tables.Any(t => t.Table == name.GetString()) && File.Exists(Path.Combine(directory, path.GetString()!)))
                    {
                        files[name.GetString()!] = path.GetString()!;
                    }
                }
            }
        }

        foreach (var (table, names) in TabularLayout.Tables)
        {
            // The UK profile renamed a few files (address.csv, schedule.csv ...); a folder may hold both spellings.
            var ordered = profile == HsdsProfile.UkProfile ? names.Reverse() : names;
            if (!files.ContainsKey(table) && ordered.FirstOrDefault(f => File.Exists(Path.Combine(directory, f))) is { } found)
            {
                files[table] = found;
            }
        }

        return files;
    }

    private static List<TabularRow> ReadTable(string table, string path, string file, FeedCollector collector)
    {
        var rows = new List<TabularRow>();
        var options = new CsvReaderOptions
        {
            HasHeader = true,
            TrackLineNumbers = true,
            AllowLineBreaksInQuotes = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
        };
        try
        {
            using var csv = CsvReader.FromFile(path, options, FileOptions.SequentialScan);
            while (csv.Read())
            {
                var header = csv.Headers;
                var cells = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
                for (var i = 0; i < header.Count && i < csv.FieldCount; i++)
                {
                    var column = header[i].Trim();
                    if (TabularLayout.Cell(table, column, csv.GetString(i)) is { } cell)
                    {
                        cells[column] = cell;
                    }
                }

                rows.Add(new TabularRow(cells, $"{file} line {csv.LineNumber}"));
            }
        }
        catch (CsvFormatException broken)
        {
            collector.FeedError(table, $"{file} line {broken.LineNumber}", "cannot be read as CSV: " + broken.Message);
        }

        return rows;
    }

    public static bool HasUkColumns(TabularTables tables) =>
        tables.Rows.Values.SelectMany(r => r).Any(r => UkOnlyColumns.Any(c => r.Cells.ContainsKey(c)));
}
