namespace Linkwork.Domain.Coding;

/// <summary>
/// The Gravity Project's SDOH categories (the SDOHCC ValueSet SDOH Category, from the IG's temporary code system):
/// how needs, goals and referrals are grouped wherever a programme records or exchanges them.
/// </summary>
public enum SdohCategory
{
    FoodInsecurity,
    HousingInstability,
    Homelessness,
    InadequateHousing,
    TransportationInsecurity,
    FinancialInsecurity,
    MaterialHardship,
    EducationalAttainment,
    EmploymentStatus,
    VeteranStatus,
    Stress,
    SocialConnection,
    IntimatePartnerViolence,
    ElderAbuse,
    PersonalHealthLiteracy,
    HealthInsuranceCoverageStatus,
    MedicalCostBurden,
    DigitalLiteracy,
    DigitalAccess,
    UtilityInsecurity,
    LanguageAccess,
    IncarcerationStatus,
    SdohCategoryUnspecified,
}

public static class SdohCategories
{
    public const string System = "http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes";

    /// <summary>The code in the IG's code system: the name in kebab case ("food-insecurity").</summary>
    public static string Code(this SdohCategory category) =>
        string.Concat(category.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static bool TryParseCode(string? code, out SdohCategory category)
    {
        foreach (var candidate in Enum.GetValues<SdohCategory>())
        {
            if (string.Equals(candidate.Code(), code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                category = candidate;
                return true;
            }
        }

        category = default;
        return false;
    }

    /// <summary>Words a link worker recognises ("Food insecurity").</summary>
    public static string Label(this SdohCategory category) => category switch
    {
        SdohCategory.LanguageAccess => "Language access",
        SdohCategory.SdohCategoryUnspecified => "Other need",
        _ => string.Concat(category.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : c.ToString())),
    };
}
