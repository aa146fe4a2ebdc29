namespace Linkwork.Domain.Programmes;

/// <summary>Which code systems a programme records and exchanges its pathway in.</summary>
public enum CodingProfile
{
    /// <summary>England and the UK: SNOMED CT (NHS England social prescribing codes).</summary>
    UkSnomedCt,

    /// <summary>United States: the Gravity SDOH value sets with ICD-10-CM for conditions.</summary>
    UsGravityIcd10,
}

public static class CodingProfiles
{
    /// <summary>The profile a new programme records in unless told otherwise: SNOMED CT in the UK, the Gravity value sets elsewhere.</summary>
    public static CodingProfile DefaultFor(string country) =>
        country.Trim().ToUpperInvariant() is "GB" or "UK" ? CodingProfile.UkSnomedCt : CodingProfile.UsGravityIcd10;

    public static CodingProfile Parse(string name) =>
        Enum.TryParse<CodingProfile>(name, ignoreCase: true, out var profile) && Enum.IsDefined(profile) && !int.TryParse(name, out _)
            ? profile
            : throw new Common.DomainRuleException($"'{name}' is not a coding profile. Use one of: {string.Join(", ", Enum.GetNames<CodingProfile>())}.");
}
