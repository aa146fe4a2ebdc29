using Linkwork.Domain.Access;
using Microsoft.AspNetCore.Authorization;

namespace Linkwork.Web.Features.Access;

/// <summary>Asks whether the user may act on records that belong to this organisation.</summary>
public sealed class OrganisationAccess : IAuthorizationRequirement
{
    public static OrganisationAccess Requirement { get; } = new();
}

/// <summary>Applies <see cref="OrganisationAccessRule"/> to the claims of the signed-in user or API client.</summary>
public sealed class OrganisationAccessHandler : AuthorizationHandler<OrganisationAccess, Organisation>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OrganisationAccess requirement, Organisation resource)
    {
        var user = context.User;
        if (OrganisationAccessRule.Allows(user.ProgrammeOf(), user.OrganisationOf(), user.OrganisationKindOf(), user.RoleOf(), resource))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
