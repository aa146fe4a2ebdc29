using Linkwork.Domain.Access;

namespace Linkwork.Web.Features.Access;

/// <summary>Where each role lands after signing in.</summary>
public static class RoleHome
{
    public static string For(Role role) => role switch
    {
        Role.Person => "/me",
        Role.Administrator => "/app/admin",
        _ => "/app",
    };
}
