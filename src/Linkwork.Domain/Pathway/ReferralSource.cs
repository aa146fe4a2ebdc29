namespace Linkwork.Domain.Pathway;

/// <summary>Who referred the person into the programme.</summary>
public enum ReferralSource
{
    GeneralPractice,
    Nurse,
    Hospital,
    MentalHealth,
    EmergencyDepartment,
    SocialCare,
    Community,
    SelfReferral,
    Other,
}
