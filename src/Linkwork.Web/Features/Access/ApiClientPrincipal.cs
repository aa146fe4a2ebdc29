using System.Security.Claims;
using Linkwork.Domain.Access;

namespace Linkwork.Web.Features.Access;

/// <summary>
/// Who an API client is, as claims: built when its bearer token is presented, and by background work done on its
/// behalf (a subscription's notifications), so both are held to exactly the same access rules.
/// </summary>
public static class ApiClientPrincipal
{
    public static ClaimsPrincipal For(ApiClient client, Guid programmeId, OrganisationKind organisationKind, string authenticationType)
    {
        ArgumentNullException.ThrowIfNull(client);
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, client.Id.ToString()),
            new Claim(ClaimTypes.Name, client.Name),
            new Claim(ClaimTypes.Role, client.Role.ToString()),
            new Claim(LinkworkClaims.ProgrammeId, programmeId.ToString()),
            new Claim(LinkworkClaims.OrganisationId, client.OrganisationId.ToString()),
            new Claim(LinkworkClaims.OrganisationKind, organisationKind.ToString()),
            new Claim(LinkworkClaims.ActorKind, nameof(AuditActorKind.ApiClient)),
        ], authenticationType);
        return new ClaimsPrincipal(identity);
    }
}
