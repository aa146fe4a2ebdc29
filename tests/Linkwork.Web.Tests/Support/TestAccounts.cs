using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Domain.Programmes;
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

    /// <summary>An account with the role in a programme of its own, made for the test: nobody there shares anything with the demo programme.</summary>
    public static async Task<string> AccountOfAnotherProgrammeAsync(this LinkworkApp app, Role role)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        var now = app.Clock.GetUtcNow();
        var programme = Programme.Create(Guid.CreateVersion7(), "Elsewhere " + Guid.NewGuid().ToString("N")[..6], "GB", "en-GB",
            RoleTitles.EnglandDefaults, 10, CodingProfile.UkSnomedCt, now);
        var team = Organisation.Create(Guid.CreateVersion7(), programme.Id, "Elsewhere team", OrganisationKind.Programme, now);
        db.Programmes.Add(programme);
        db.Organisations.Add(team);
        await db.SaveChangesAsync();

        var email = $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@elsewhere.test";
        var result = await scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>().CreateAsync(new UserAccount
        {
            Id = Guid.CreateVersion7(), UserName = email, Email = email, DisplayName = "Elsewhere " + role,
            Role = role, ProgrammeId = programme.Id, OrganisationId = team.Id,
        }, DemoAccounts.Password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        return email;
    }

    public static async Task<Guid> UserIdAsync(this LinkworkApp app, string email)
    {
        await using var scope = app.Scope();
        return (await scope.ServiceProvider.GetRequiredService<LinkworkDbContext>().Users.SingleAsync(u => u.Email == email)).Id;
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
