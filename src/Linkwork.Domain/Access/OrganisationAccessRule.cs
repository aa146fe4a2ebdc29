namespace Linkwork.Domain.Access;

/// <summary>
/// Who may act on an organisation's records: its own members, and the programme's own team (link workers,
/// supervisors, analysts, administrators) for every organisation in their programme. Referrers and provider
/// staff never act for another organisation.
/// </summary>
public static class OrganisationAccessRule
{
    public static bool Allows(Guid? actorProgrammeId, Guid? actorOrganisationId, OrganisationKind? actorOrganisationKind, Role? actorRole, Organisation target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (actorProgrammeId != target.ProgrammeId || actorRole is null)
        {
            return false;
        }

        var programmeTeam = actorOrganisationKind == OrganisationKind.Programme && actorRole.Value.BelongsToProgrammeTeam();
        return actorOrganisationId == target.Id || programmeTeam;
    }
}
