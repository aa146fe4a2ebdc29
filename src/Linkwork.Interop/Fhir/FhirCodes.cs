namespace Linkwork.Interop.Fhir;

/// <summary>The canonical addresses the FHIR resources use, in one place.</summary>
public static class FhirCodes
{
    public const string LinkworkBase = "https://linkwork.org/fhir";

    /// <summary>Linkwork's own code system for an onward referral's states: Task.businessStatus, which says more than Task.status can.</summary>
    public const string ReferralStateSystem = LinkworkBase + "/CodeSystem/onward-referral-state";

    /// <summary>Linkwork's own code system for an episode's states: the businessStatus of a referral into the programme.</summary>
    public const string EpisodeStateSystem = LinkworkBase + "/CodeSystem/episode-state";

    public const string NhsNumberSystem = "https://fhir.nhs.uk/Id/nhs-number";
    public const string SdohTemporaryCodes = "http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes";
    public const string SnomedCt = "http://snomed.info/sct";
    public const string TaskCodeSystem = "http://hl7.org/fhir/CodeSystem/task-code";

    public const string SdohServiceRequestProfile = "http://hl7.org/fhir/us/sdoh-clinicalcare/StructureDefinition/SDOHCC-ServiceRequest";
    public const string SdohTaskProfile = "http://hl7.org/fhir/us/sdoh-clinicalcare/StructureDefinition/SDOHCC-TaskForReferralManagement";
    public const string SdohConsentProfile = "http://hl7.org/fhir/us/sdoh-clinicalcare/StructureDefinition/SDOHCC-Consent";
    public const string SdohConditionProfile = "http://hl7.org/fhir/us/sdoh-clinicalcare/StructureDefinition/SDOHCC-Condition";
    public const string SdohGoalProfile = "http://hl7.org/fhir/us/sdoh-clinicalcare/StructureDefinition/SDOHCC-Goal";

    /// <summary>Linkwork's own extension for a service's capacity (no R4 or SDOHCC extension carries it), valued with the SDOHCC capacity codes.</summary>
    public const string CapacityStatusExtension = LinkworkBase + "/StructureDefinition/capacity-status";

    /// <summary>Linkwork's own role codes for staff (PractitionerRole.code).</summary>
    public const string StaffRoleSystem = LinkworkBase + "/CodeSystem/staff-role";

    public const string SdohHealthcareServiceProfile = "http://hl7.org/fhir/us/sdoh-clinicalcare/StructureDefinition/SDOHCC-HealthcareService";

    /// <summary>SNOMED CT "Social service procedure": the IG's examples give every SDOH referral this category.</summary>
    public const string SocialServiceProcedure = "410606002";

    /// <summary>NHS England's "Referral to social prescribing service": the code of a referral made by a social prescribing programme.</summary>
    public const string ReferralToSocialPrescribing = "871731000000106";

    /// <summary>An enum value as our code systems write it: "NeedsInformation" → "needs-information".</summary>
    public static string KebabCase(Enum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
    }
}
