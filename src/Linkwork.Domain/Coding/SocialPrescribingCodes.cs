namespace Linkwork.Domain.Coding;

/// <summary>NHS England's SNOMED CT codes for the social prescribing pathway (UK coding profile).</summary>
public static class SocialPrescribingCodes
{
    public const string SnomedCtSystem = "http://snomed.info/sct";

    /// <summary>Procedure: recorded when someone accepts a referral to a link worker (first contact of an episode only).</summary>
    public const string ReferralToSocialPrescribingService = "871731000000106";

    /// <summary>Situation: recorded when someone declines a referral to a link worker.</summary>
    public const string SocialPrescribingDeclined = "871711000000103";
}
