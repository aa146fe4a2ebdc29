using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Linkwork.Web.Features.Access;

/// <summary>Adds the account's role, programme and organisation to the sign-in cookie so that authorisation needs no database read.</summary>
public sealed class LinkworkClaimsPrincipalFactory(
    UserManager<UserAccount> users, IOptions<IdentityOptions> options, LinkworkDbContext db)
    : UserClaimsPrincipalFactory<UserAccount>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(UserAccount user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClaimTypes.Role, user.Role.ToString()));
        identity.AddClaim(new Claim(ClaimTypes.GivenName, user.DisplayName));
        identity.AddClaim(new Claim(LinkworkClaims.ProgrammeId, user.ProgrammeId.ToString()));
        identity.AddClaim(new Claim(LinkworkClaims.ActorKind, nameof(AuditActorKind.User)));
        if (user.OrganisationId is { } organisationId)
        {
            var kind = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Kind).SingleAsync();
            identity.AddClaim(new Claim(LinkworkClaims.OrganisationId, organisationId.ToString()));
            identity.AddClaim(new Claim(LinkworkClaims.OrganisationKind, kind.ToString()));
        }

        if (user.PersonId is { } personId)
        {
            identity.AddClaim(new Claim(LinkworkClaims.PersonId, personId.ToString()));
        }

        return identity;
    }
}
