using Linkwork.Domain.Programmes;

namespace Linkwork.Domain.Coding;

/// <summary>
/// A need as a condition code in the programme's coding profile: SNOMED CT findings in the UK, ICD-10-CM Z codes in the
/// US, beside the Gravity SDOH category that every need carries. Only codes we can source are listed; a need without one
/// is exchanged by its category alone rather than under a guessed code.
/// </summary>
public static class NeedCodes
{
    public const string SnomedCt = "http://snomed.info/sct";
    public const string Icd10Cm = "http://hl7.org/fhir/sid/icd-10-cm";

    public sealed record Code(string System, string Value, string Display);

    // Sources: the SDOHCC IG's Condition examples (food insecurity, homelessness, unemployment); the VSAC value sets the
    // IG binds for each category's conditions (transportation, social connection, inadequate housing, stress,
    // intimate partner violence); ICD-10-CM 2024 for Z59.811, Z59.12 and Z59.82.
    private static readonly Dictionary<SdohCategory, (Code? Snomed, Code? Icd10)> Codes = new()
    {
        [SdohCategory.FoodInsecurity] = (new(SnomedCt, "733423003", "Food insecurity"), new(Icd10Cm, "Z59.4", "Lack of adequate food and safe drinking water")),
        [SdohCategory.Homelessness] = (new(SnomedCt, "32911000", "Homeless"), new(Icd10Cm, "Z59.0", "Homelessness")),
        [SdohCategory.EmploymentStatus] = (new(SnomedCt, "73438004", "Unemployed"), new(Icd10Cm, "Z56.0", "Unemployment, unspecified")),
        [SdohCategory.HousingInstability] = (null, new(Icd10Cm, "Z59.811", "Housing instability, housed, with risk of homelessness")),
        [SdohCategory.InadequateHousing] = (new(SnomedCt, "105531004", "Housing unsatisfactory"), new(Icd10Cm, "Z59.1", "Inadequate housing")),
        [SdohCategory.TransportationInsecurity] = (new(SnomedCt, "713458007", "Lack of access to transportation"), new(Icd10Cm, "Z59.82", "Transportation insecurity")),
        [SdohCategory.UtilityInsecurity] = (null, new(Icd10Cm, "Z59.12", "Inadequate housing utilities")),
        [SdohCategory.SocialConnection] = (new(SnomedCt, "422650009", "Social isolation"), null),
        [SdohCategory.Stress] = (new(SnomedCt, "73595000", "Stress"), new(Icd10Cm, "Z73.3", "Stress, not elsewhere classified")),
        [SdohCategory.IntimatePartnerViolence] = (new(SnomedCt, "706893006", "Victim of intimate partner abuse"), null),
    };

    /// <summary>The condition code for <paramref name="need"/> in <paramref name="profile"/>, or null where none is sourced.</summary>
    public static Code? For(SdohCategory need, CodingProfile profile) =>
        Codes.TryGetValue(need, out var codes) ? profile == CodingProfile.UkSnomedCt ? codes.Snomed : codes.Icd10 : null;
}
