namespace Linkwork.Domain.Access;

public enum OrganisationKind
{
    /// <summary>The social prescribing service itself: link workers, supervisors, analysts.</summary>
    Programme,

    /// <summary>A community or voluntary organisation that runs services and receives referrals.</summary>
    Provider,

    /// <summary>A GP practice, hospital team or other body that refers people into the programme.</summary>
    Referrer,
}
