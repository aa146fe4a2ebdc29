using System.Text.Json;
using System.Text.Json.Nodes;

namespace Linkwork.Interop.Hsds;

/// <summary>
/// The tables of HSDS's tabular form: their file names (core and UK profile spell some differently), the type of
/// each column (from the schemas, so "12" becomes a number where HSDS has one), and which *_id column nests a row
/// inside which record.
/// </summary>
internal static class TabularLayout
{
    /// <summary>Table name, then its file names: the core name first, then the UK profile's where it differs.</summary>
    public static readonly (string Table, string[] Files)[] Tables =
    [
        ("organization", ["organizations.csv"]),
        ("service", ["services.csv"]),
        ("location", ["locations.csv"]),
        ("service_at_location", ["service_at_location.csv", "service_at_locations.csv"]),
        ("phone", ["phones.csv"]),
        ("contact", ["contacts.csv"]),
        ("address", ["addresses.csv", "address.csv"]),
        ("schedule", ["schedules.csv", "schedule.csv"]),
        ("funding", ["funding.csv"]),
        ("service_area", ["service_areas.csv"]),
        ("required_document", ["required_documents.csv"]),
        ("language", ["languages.csv"]),
        ("accessibility", ["accessibility.csv"]),
        ("cost_option", ["cost_options.csv"]),
        ("organization_identifier", ["organization_identifiers.csv"]),
        ("program", ["programs.csv"]),
        ("attribute", ["attributes.csv", "attribute.csv"]),
        ("taxonomy", ["taxonomies.csv", "taxonomy.csv"]),
        ("taxonomy_term", ["taxonomy_terms.csv"]),
    ];

    /// <summary>Child table, its column naming the parent, the parent table, and the parent's list the child joins.</summary>
    public static readonly (string Child, string Column, string Parent, string List)[] Links =
    [
        ("language", "phone_id", "phone", "languages"),
        ("phone", "contact_id", "contact", "phones"),
        ("phone", "service_at_location_id", "service_at_location", "phones"),
        ("contact", "service_at_location_id", "service_at_location", "contacts"),
        ("schedule", "service_at_location_id", "service_at_location", "schedules"),
        ("phone", "service_id", "service", "phones"),
        ("language", "service_id", "service", "languages"),
        ("schedule", "service_id", "service", "schedules"),
        ("contact", "service_id", "service", "contacts"),
        ("service_area", "service_id", "service", "service_areas"),
        ("cost_option", "service_id", "service", "cost_options"),
        ("required_document", "service_id", "service", "required_documents"),
        ("funding", "service_id", "service", "funding"),
        ("service_at_location", "service_id", "service", "service_at_locations"),
        ("phone", "location_id", "location", "phones"),
        ("language", "location_id", "location", "languages"),
        ("schedule", "location_id", "location", "schedules"),
        ("contact", "location_id", "location", "contacts"),
        ("address", "location_id", "location", "addresses"),
        ("accessibility", "location_id", "location", "accessibility"),
        ("phone", "organization_id", "organization", "phones"),
        ("contact", "organization_id", "organization", "contacts"),
        ("funding", "organization_id", "organization", "funding"),
        ("organization_identifier", "organization_id", "organization", "organization_identifiers"),
        ("program", "organization_id", "organization", "programs"),
    ];

    private static readonly Lazy<Dictionary<string, Dictionary<string, string>>> ColumnTypes = new(LoadColumnTypes);

    public static string? TableOfFile(string fileName) =>
        Tables.FirstOrDefault(t => t.Files.Contains(fileName.ToLowerInvariant())).Table;

    /// <summary>A CSV cell as JSON: empty is absent, numbers and booleans where the schema has them, text otherwise.</summary>
    public static JsonNode? Cell(string table, string column, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var type = ColumnTypes.Value.TryGetValue(table, out var columns) && columns.TryGetValue(column, out var t) ? t : "string";
        return type switch
        {
            // A cell that is not a number stays text, so the schema check reports it against its column.
            "number" or "integer" when decimal.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number) =>
                JsonValue.Create(number),
            "boolean" when bool.TryParse(text, out var flag) => JsonValue.Create(flag),
            _ => JsonValue.Create(text),
        };
    }

    private static Dictionary<string, Dictionary<string, string>> LoadColumnTypes()
    {
        var types = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (table, _) in Tables)
        {
            var columns = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var profile in new[] { HsdsProfile.UkProfile, HsdsProfile.Core })
            {
                if (!EmbeddedSchemaFiles.Exists(profile, table + ".json"))
                {
                    continue;
                }

                using var schema = JsonDocument.Parse(EmbeddedSchemaFiles.Read(profile, table + ".json"));
                foreach (var property in schema.RootElement.GetProperty("properties").EnumerateObject())
                {
                    if (property.Value.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String)
                    {
                        columns[property.Name] = type.GetString()!;
                    }
                }
            }

            types[table] = columns;
        }

        return types;
    }
}
