using Hl7.Fhir.Model;
using Linkwork.Domain.Coding;

namespace Linkwork.Interop.Fhir;

/// <summary>The Gravity SDOH categories as codings, displayed as the IG's code system displays them.</summary>
internal static class FhirCategories
{
    public static CodeableConcept Sdoh(SdohCategory category) =>
        FhirReferences.Concept(FhirCodes.SdohTemporaryCodes, category.Code(), Display(category));

    /// <summary>"FoodInsecurity" → "Food Insecurity".</summary>
    public static string Display(SdohCategory category) =>
        string.Concat(category.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? " " + c : c.ToString()));
}
