namespace Linkwork.Domain.People;

/// <summary>The things a person can agree to, each decided (and changed) separately.</summary>
public enum ConsentKind
{
    /// <summary>Their details may go to the community organisations they are referred to.</summary>
    ShareWithReferredOrganisations,
    ContactBySms,
    ContactByEmail,
    Research,
}
