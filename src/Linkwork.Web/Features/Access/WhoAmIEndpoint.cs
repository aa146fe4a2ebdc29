using System.Security.Claims;

namespace Linkwork.Web.Features.Access;

public static class WhoAmIEndpoint
{
    public sealed record WhoAmI(Guid Id, string Kind, string Role, Guid? Programme, Guid? Organisation);

    /// <summary>GET /api/v1/me: who the caller is, as the server sees them. Useful for checking a new token.</summary>
    public static void MapWhoAmI(this RouteGroupBuilder api) =>
        api.MapGet("/me", (ClaimsPrincipal user) => new WhoAmI(
                user.Id() ?? Guid.Empty, user.ActorKindOf().ToString(), user.RoleOf()?.ToString() ?? "",
                user.ProgrammeOf(), user.OrganisationOf()))
            .WithName("WhoAmI")
            .WithSummary("The caller's identity, role, programme and organisation.");
}
