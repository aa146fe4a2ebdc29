namespace Linkwork.Domain.Directory;

/// <summary>The kinds of need social prescribing most often meets; the directory's top-level grouping.</summary>
public enum NeedCategory
{
    Food,
    Housing,
    DebtAndBenefits,
    Legal,
    Transport,
    Exercise,
    Walking,
    Arts,
    NatureAndGardening,
    Volunteering,
    BefriendingAndGroups,
    MentalHealthCounselling,
    DigitalInclusion,
    Carers,
    JobTraining,
}

public static class NeedCategories
{
    public static string Label(this NeedCategory need) => need switch
    {
        NeedCategory.Food => "Food",
        NeedCategory.Housing => "Housing",
        NeedCategory.DebtAndBenefits => "Debt and benefits",
        NeedCategory.Legal => "Legal advice",
        NeedCategory.Transport => "Transport",
        NeedCategory.Exercise => "Exercise and physical activity",
        NeedCategory.Walking => "Walking",
        NeedCategory.Arts => "Arts and creativity",
        NeedCategory.NatureAndGardening => "Nature and gardening",
        NeedCategory.Volunteering => "Volunteering",
        NeedCategory.BefriendingAndGroups => "Befriending and social groups",
        NeedCategory.MentalHealthCounselling => "Mental health and counselling",
        NeedCategory.DigitalInclusion => "Digital inclusion",
        NeedCategory.Carers => "Support for carers",
        NeedCategory.JobTraining => "Employment and training",
        _ => throw new ArgumentOutOfRangeException(nameof(need), need, null),
    };
}
