namespace Linkwork.Domain.Pathway;

public enum DischargeReason
{
    GoalsMet,
    Disengaged,
    MovedAway,
    ReferredToClinicalCare,
    Deceased,
    Other,
}
