using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Web.Cli.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Linkwork.Web.Tests.Support;

/// <summary>Fresh accounts for tests that lock, or add a second factor to, an account: the demo accounts stay untouched.</summary>
public static class TestAccounts
{
    public static async Task<string> CreateAccountAsync(this LinkworkApp app, Role role)
    {
        await using var scope = app.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        var account = await NewAccountAsync(scope, role);
        var result = await users.CreateAsync(account, DemoAccounts.Password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        return account.Email!;
    }

    public static async Task<UserAccount> NewAccountAsync(AsyncServiceScope scope, Role role)
    {
        var team = await scope.ServiceProvider.GetRequiredService<LinkworkDbContext>().Organisations.SingleAsync(o => o.Kind == OrganisationKind.Programme);
        var email = $"test-{Guid.NewGuid():N}@example.test";
        return new UserAccount
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            DisplayName = "Test account",
            Role = role,
            ProgrammeId = team.ProgrammeId,
            OrganisationId = team.Id,
        };
    }
}
