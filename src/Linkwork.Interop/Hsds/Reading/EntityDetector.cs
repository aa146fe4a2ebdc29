using System.Text.Json;

namespace Linkwork.Interop.Hsds;

/// <summary>Tells which HSDS record a JSON object is, by the fields only that record has, or else by the file's name.</summary>
internal static class EntityDetector
{
    private static readonly (HsdsEntity Entity, string[] Fields)[] Telling =
    [
        (HsdsEntity.Service, ["status", "service_at_locations", "organization", "organization_id", "program", "program_id", "service_areas", "cost_options",
            "required_documents", "eligibility_description", "minimum_age", "maximum_age", "fees", "fees_description", "application_process", "assured_date",
            "accreditations", "interpretation_services", "wait_time", "licenses", "alert", "last_modified"]),
        (HsdsEntity.Organization, ["services", "locations", "organization_identifiers", "year_incorporated", "tax_status", "tax_id", "legal_status", "website",
            "logo", "parent_organization_id", "programs"]),
        (HsdsEntity.Location, ["location_type", "latitude", "longitude", "addresses", "accessibility", "transportation", "external_identifier",
            "external_identifier_type"]),
        (HsdsEntity.TaxonomyTerm, ["code", "parent_id", "taxonomy", "taxonomy_id", "taxonomy_detail", "term_uri", "language", "term"]),
        (HsdsEntity.Taxonomy, ["version", "taxonomy_terms"]),
    ];

    public static HsdsEntity? Detect(JsonElement record, string? fileName)
    {
        if (record.ValueKind == JsonValueKind.Object)
        {
            if (HasObject(record, "service") || HasObject(record, "location")
                || (record.TryGetProperty("service_id", out _) && record.TryGetProperty("location_id", out _) && !record.TryGetProperty("name", out _)))
            {
                return HsdsEntity.ServiceAtLocation;
            }

            var scores = Telling.Select(t => (t.Entity, Score: t.Fields.Count(f => record.TryGetProperty(f, out _)))).OrderByDescending(s => s.Score).ToList();
            if (scores[0].Score > 0 && scores[0].Score > scores[1].Score)
            {
                return scores[0].Entity;
            }
        }

        return FromFileName(fileName);
    }

    public static HsdsEntity? FromFileName(string? fileName)
    {
        var name = Path.GetFileNameWithoutExtension(fileName ?? "").ToLowerInvariant();
        return name switch
        {
            _ when name.Contains("service_at_location", StringComparison.Ordinal) => HsdsEntity.ServiceAtLocation,
            _ when name.Contains("taxonomy_term", StringComparison.Ordinal) => HsdsEntity.TaxonomyTerm,
            _ when name.Contains("taxonom", StringComparison.Ordinal) => HsdsEntity.Taxonomy,
            _ when name.Contains("organization", StringComparison.Ordinal) || name.Contains("organisation", StringComparison.Ordinal) => HsdsEntity.Organization,
            _ when name.Contains("location", StringComparison.Ordinal) => HsdsEntity.Location,
            _ when name.Contains("service", StringComparison.Ordinal) => HsdsEntity.Service,
            _ => null,
        };
    }

    /// <summary>The API root's self-description (HSDS "/" response): version, profile, openapi_url, and no id.</summary>
    public static bool IsApiDescription(JsonElement record) =>
        record.ValueKind == JsonValueKind.Object && !record.TryGetProperty("id", out _)
        && (record.TryGetProperty("openapi_url", out _) || record.TryGetProperty("version", out _));

    private static bool HasObject(JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object;
}
