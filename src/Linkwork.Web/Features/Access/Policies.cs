using Linkwork.Domain.Access;
using Microsoft.AspNetCore.Authorization;

namespace Linkwork.Web.Features.Access;

/// <summary>Named authorisation policies: least privilege by role; organisation checks are resource-based (<see cref="OrganisationAccessHandler"/>).</summary>
public static class Policies
{
    public const string Staff = nameof(Staff);
    public const string Administrators = nameof(Administrators);
    public const string Curators = nameof(Curators);
    public const string PersonPortal = nameof(PersonPortal);
    public const string ApiCallers = nameof(ApiCallers);

    /// <summary>Who reads and changes person records: the programme's link workers and supervisors, no one else (yet).</summary>
    public const string PeopleRecords = nameof(PeopleRecords);

    public const string Supervisors = nameof(Supervisors);

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Staff, RolesOnly(Roles.All.Where(r => r.IsStaff()).ToArray()));
        options.AddPolicy(Administrators, RolesOnly(Role.Administrator));
        options.AddPolicy(Curators, RolesOnly(Roles.All.Where(r => r.CuratesDirectory()).ToArray()));
        options.AddPolicy(PersonPortal, RolesOnly(Role.Person));
        options.AddPolicy(PeopleRecords, RolesOnly(Role.LinkWorker, Role.Supervisor));
        options.AddPolicy(Supervisors, RolesOnly(Role.Supervisor));
        options.AddPolicy(ApiCallers, RolesOnly(Roles.All.Where(r => r != Role.Person).ToArray()));
    }

    private static AuthorizationPolicy RolesOnly(params Role[] roles) =>
        new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireRole(roles.Select(r => r.ToString())).Build();
}
