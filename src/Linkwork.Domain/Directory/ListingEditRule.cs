using Linkwork.Domain.Access;

namespace Linkwork.Domain.Directory;

/// <summary>
/// Who may change a listing: staff of the organisation that runs the service (capacity, proposed edits), and the
/// programme's curators, supervisors and administrators of the programme team (everything, including reviews).
/// Nobody reaches across programmes.
/// </summary>
public static class ListingEditRule
{
    public static bool Allows(
        Guid? actorProgrammeId, Guid? actorOrganisationId, OrganisationKind? actorOrganisationKind, Role? actorRole,
        Organisation owner, bool curatorsOnly)
    {
        if (!OrganisationAccessRule.Allows(actorProgrammeId, actorOrganisationId, actorOrganisationKind, actorRole, owner))
        {
            return false;
        }

        return IsCurator(actorOrganisationKind, actorRole) || (!curatorsOnly && actorRole == Role.ProviderStaff);
    }

    /// <summary>
    /// A place no organisation claims (HSDS allows that) is only the curators' to change: whoever may see it may
    /// refer to it, so no provider speaks for it.
    /// </summary>
    public static bool AllowsUnclaimed(OrganisationKind? actorOrganisationKind, Role? actorRole) => IsCurator(actorOrganisationKind, actorRole);

    private static bool IsCurator(OrganisationKind? actorOrganisationKind, Role? actorRole) =>
        actorRole?.CuratesDirectory() == true && actorOrganisationKind == OrganisationKind.Programme;
}
