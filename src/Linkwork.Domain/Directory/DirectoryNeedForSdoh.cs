using Linkwork.Domain.Coding;

namespace Linkwork.Domain.Directory;

/// <summary>
/// Which kind of directory service answers a Gravity SDOH need, so a positive screen can suggest services. Needs the
/// directory has no kind for (partner violence, elder abuse, veteran status, US health cover and the like) answer
/// null: they are for the link worker's judgement and the safeguarding route, not a directory match.
/// </summary>
public static class DirectoryNeedForSdoh
{
    public static NeedCategory? ServiceNeed(this SdohCategory category) => category switch
    {
        SdohCategory.FoodInsecurity => NeedCategory.Food,
        SdohCategory.HousingInstability or SdohCategory.Homelessness or SdohCategory.InadequateHousing => NeedCategory.Housing,
        SdohCategory.TransportationInsecurity => NeedCategory.Transport,
        SdohCategory.FinancialInsecurity or SdohCategory.MaterialHardship or SdohCategory.UtilityInsecurity or SdohCategory.MedicalCostBurden
            => NeedCategory.DebtAndBenefits,
        SdohCategory.EmploymentStatus or SdohCategory.EducationalAttainment => NeedCategory.JobTraining,
        SdohCategory.Stress => NeedCategory.MentalHealthCounselling,
        SdohCategory.SocialConnection => NeedCategory.BefriendingAndGroups,
        SdohCategory.DigitalLiteracy or SdohCategory.DigitalAccess => NeedCategory.DigitalInclusion,
        SdohCategory.IncarcerationStatus => NeedCategory.Legal,
        _ => null,
    };
}
