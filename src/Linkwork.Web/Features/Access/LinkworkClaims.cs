using System.Security.Claims;
using Linkwork.Domain.Access;

namespace Linkwork.Web.Features.Access;

/// <summary>The claims every signed-in user and API client carries, and typed reads of them.</summary>
public static class LinkworkClaims
{
    public const string ProgrammeId = "linkwork:programme";
    public const string OrganisationId = "linkwork:organisation";
    public const string OrganisationKind = "linkwork:organisation_kind";
    public const string PersonId = "linkwork:person";
    public const string ActorKind = "linkwork:actor_kind";

    public static Guid? Id(this ClaimsPrincipal user) => GuidClaim(user, ClaimTypes.NameIdentifier);

    public static Guid? ProgrammeOf(this ClaimsPrincipal user) => GuidClaim(user, ProgrammeId);

    public static Guid? OrganisationOf(this ClaimsPrincipal user) => GuidClaim(user, OrganisationId);

    public static Guid? PersonOf(this ClaimsPrincipal user) => GuidClaim(user, PersonId);

    public static Role? RoleOf(this ClaimsPrincipal user) =>
        Enum.TryParse<Role>(user.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;

    public static OrganisationKind? OrganisationKindOf(this ClaimsPrincipal user) =>
        Enum.TryParse<OrganisationKind>(user.FindFirstValue(OrganisationKind), out var kind) ? kind : null;

    public static AuditActorKind ActorKindOf(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated != true ? AuditActorKind.Anonymous
        : Enum.TryParse<AuditActorKind>(user.FindFirstValue(ActorKind), out var kind) ? kind
        : AuditActorKind.User;

    private static Guid? GuidClaim(ClaimsPrincipal user, string type) =>
        Guid.TryParse(user.FindFirstValue(type), out var id) ? id : null;
}
