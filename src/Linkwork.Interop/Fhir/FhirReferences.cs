using Hl7.Fhir.Model;

namespace Linkwork.Interop.Fhir;

/// <summary>Relative references between our resources, by the domain's ids.</summary>
internal static class FhirReferences
{
    public static ResourceReference To(string type, Guid id, string? display = null) =>
        new($"{type}/{id}") { Display = display };

    public static Meta Meta(int? version, DateTimeOffset? lastUpdated, string? profile = null)
    {
        var meta = new Meta
        {
            VersionId = version?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            LastUpdated = lastUpdated?.ToUniversalTime(),
        };
        if (profile is not null)
        {
            meta.Profile = [profile];
        }

        return meta;
    }

    /// <summary>A concept of one coding with its display. (Firely's three-argument constructor takes the text, not the display.)</summary>
    public static CodeableConcept Concept(string system, string code, string display, string? text = null) =>
        new() { Coding = [new Coding(system, code, display)], Text = text };

    /// <summary>FHIR dateTime to the millisecond, in UTC, as the IG's examples write them.</summary>
    public static FhirDateTime DateTime(DateTimeOffset at) => new(at.ToUniversalTime());
}
