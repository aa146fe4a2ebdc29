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

        var curator = actorRole?.CuratesDirectory() == true && actorOrganisationKind == OrganisationKind.Programme;
        return curator || (!curatorsOnly && actorRole == Role.ProviderStaff);
    }
}
