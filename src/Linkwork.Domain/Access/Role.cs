namespace Linkwork.Domain.Access;

/// <summary>The roles of the architecture's §1. A user or API client holds exactly one.</summary>
public enum Role
{
    Referrer,
    LinkWorker,
    Supervisor,
    ProviderStaff,
    Person,
    Analyst,
    Administrator,
    IntegratingSystem,
}

public static class Roles
{
    public static IReadOnlyList<Role> All { get; } = Enum.GetValues<Role>();

    /// <summary>Parses a role name case-insensitively, accepting "link-worker" and "link_worker" as well as "LinkWorker".</summary>
    public static bool TryParse(string? text, out Role role)
    {
        var compact = (text ?? "").Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return Enum.TryParse(compact, ignoreCase: true, out role) && Enum.IsDefined(role) && !int.TryParse(compact, out _);
    }

    /// <summary>Roles a person signs in to as staff: not the person supported, and not a system.</summary>
    public static bool IsStaff(this Role role) => role is not (Role.Person or Role.IntegratingSystem);

    /// <summary>Roles held by staff of the programme itself rather than of a referring or provider organisation.</summary>
    public static bool BelongsToProgrammeTeam(this Role role) =>
        role is Role.LinkWorker or Role.Supervisor or Role.Analyst or Role.Administrator;

    /// <summary>Roles that keep the directory right: they edit listings directly and review providers' proposals.</summary>
    public static bool CuratesDirectory(this Role role) => role is Role.Supervisor or Role.Administrator;
}
