namespace Linkwork.Domain.Programmes;

/// <summary>Which code systems a programme records and exchanges its pathway in.</summary>
public enum CodingProfile
{
    /// <summary>England and the UK: SNOMED CT (NHS England social prescribing codes).</summary>
    UkSnomedCt,

    /// <summary>United States: the Gravity SDOH value sets with ICD-10-CM for conditions.</summary>
    UsGravityIcd10,
}
