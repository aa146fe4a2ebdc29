using System.Text.Json;

namespace Linkwork.Interop.Hsds;

/// <summary>
/// Recognises the UK profile: the API root says so ("HSDS-UK-3.0", a profile address of Open Referral UK), or the
/// data carries a field only the UK profile has (service_area.service_area, accessibility.accessibility,
/// taxonomy_term.term, taxonomy.taxonomy_terms).
/// </summary>
internal static class ProfileDetector
{
    public static HsdsProfile? FromApiDescription(JsonElement root)
    {
        static string Text(JsonElement root, string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";

        var said = Text(root, "version") + " " + Text(root, "profile");
        if (said.Contains("UK", StringComparison.OrdinalIgnoreCase) || said.Contains("openreferraluk", StringComparison.OrdinalIgnoreCase))
        {
            return HsdsProfile.UkProfile;
        }

        return said.Trim().Length > 0 ? HsdsProfile.Core : null;
    }

    public static bool HasUkFields(JsonElement record, int depth = 0)
    {
        if (depth > 12)
        {
            return false;
        }

        if (record.ValueKind == JsonValueKind.Array)
        {
            return record.EnumerateArray().Any(item => HasUkFields(item, depth + 1));
        }

        if (record.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        foreach (var property in record.EnumerateObject())
        {
            var uk = property.Name switch
            {
                "service_area" or "term" => property.Value.ValueKind == JsonValueKind.String,
                "accessibility" => property.Value.ValueKind == JsonValueKind.String,
                "taxonomy_terms" => property.Value.ValueKind == JsonValueKind.Array,
                _ => false,
            };
            if (uk || (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array && HasUkFields(property.Value, depth + 1)))
            {
                return true;
            }
        }

        return false;
    }
}
