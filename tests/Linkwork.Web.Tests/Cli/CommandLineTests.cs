using System.Diagnostics;
using Linkwork.Data;
using Linkwork.Web.Features.Access;
using Microsoft.EntityFrameworkCore;
using Xunit;

using static Linkwork.Web.Tests.Support.LinkworkProcess;

namespace Linkwork.Web.Tests.Cli;

/// <summary>The command line as users run it: a separate process, its exit code, what it prints.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _data = System.IO.Directory.CreateTempSubdirectory("linkwork-cli-").FullName;

    public void Dispose() => System.IO.Directory.Delete(_data, recursive: true);

    [Fact]
    public async Task Help_lists_the_commands()
    {
        var help = await RunAsync("--help");

        Assert.Equal(0, help.ExitCode);
        foreach (var command in new[] { "serve", "migrate", "demo", "api-client" })
        {
            Assert.Contains(command, help.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_demo_then_an_API_client_whose_token_is_the_last_line()
    {
        var demo = await RunAsync("demo", "--people", "20", "--services", "30", "--seed", "3", "--data", _data);
        Assert.True(demo.ExitCode == 0, demo.Error);
        Assert.Contains("linkworker@demo.linkwork.test", demo.Output, StringComparison.Ordinal);

        var create = await RunAsync("api-client", "create", "--name", "EMIS bridge", "--role", "referrer", "--data", _data);
        Assert.True(create.ExitCode == 0, create.Error);
        var token = create.Output.TrimEnd().Split('\n')[^1].Trim();
        Assert.StartsWith("lwk_", token, StringComparison.Ordinal);
        Assert.Contains("shown only now", create.Output, StringComparison.Ordinal);

        var quiet = await RunAsync("api-client", "create", "--name", "Script", "--role", "analyst", "--print-token", "--data", _data);
        Assert.Single(quiet.Output.Trim().Split('\n'));

        await using var db = new LinkworkDbContext(LinkworkDatabase.OptionsFor(DatabaseProvider.Sqlite, LinkworkDatabase.SqliteConnectionStringFor(_data) + ";Pooling=False"));
        var client = await db.ApiClients.SingleAsync(c => c.Name == "EMIS bridge");
        Assert.Equal(ApiTokens.Hash(token), client.TokenHash);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "api-client.created" && e.From == "cli"));

        var revoke = await RunAsync("api-client", "revoke", "--id", client.Id.ToString(), "--data", _data);
        Assert.True(revoke.ExitCode == 0, revoke.Error);
        var list = await RunAsync("api-client", "list", "--data", _data);
        Assert.Contains("Revoked", list.Output, StringComparison.Ordinal);
        Assert.Contains("Active", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_real_deployment_starts_with_a_programme_and_an_administrator()
    {
        var programme = await RunAsync("programme", "create", "--name", "Sheffield Social Prescribing", "--data", _data);
        Assert.True(programme.ExitCode == 0, programme.Error);

        var user = await RunAsync("user", "create", "--email", "lead@sheffield.example", "--name", "Ayesha Begum", "--role", "administrator", "--data", _data);
        Assert.True(user.ExitCode == 0, user.Error);
        var password = user.Output.TrimEnd().Split('\n')[^1].Trim();
        Assert.Equal(20, password.Length);

        await using var db = new LinkworkDbContext(LinkworkDatabase.OptionsFor(DatabaseProvider.Sqlite, LinkworkDatabase.SqliteConnectionStringFor(_data) + ";Pooling=False"));
        var account = await db.Users.SingleAsync(u => u.Email == "lead@sheffield.example");
        var team = await db.Organisations.SingleAsync(o => o.Id == account.OrganisationId);
        Assert.Equal("Sheffield Social Prescribing team", team.Name);
        Assert.Equal(Linkwork.Domain.Access.Role.Administrator, account.Role);
        Assert.Equal(Microsoft.AspNetCore.Identity.PasswordVerificationResult.Success,
            new Microsoft.AspNetCore.Identity.PasswordHasher<UserAccount>().VerifyHashedPassword(account, account.PasswordHash!, password));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "user-account.created" && e.ProgrammeId == team.ProgrammeId && e.From == "cli"));

        AssertRefused(await RunAsync("user", "create", "--email", "lead@sheffield.example", "--name", "Someone Else", "--role", "analyst", "--data", _data), "already taken");
        AssertRefused(await RunAsync("user", "create", "--email", "p@sheffield.example", "--name", "P", "--role", "person", "--data", _data), "not a staff role");
        AssertRefused(await RunAsync("programme", "create", "--name", "Sheffield Social Prescribing", "--data", _data), "already exists");
        AssertRefused(await RunAsync("programme", "create", "--name", "Leeds", "--coding-profile", "snomed", "--data", _data), "'snomed' is not a coding profile");
        Assert.Equal(1, await db.Programmes.CountAsync());
    }

    [Fact]
    public async Task Mistakes_get_a_clear_error_and_a_non_zero_exit()
    {
        var empty = await RunAsync("api-client", "list", "--data", _data);
        Assert.True(empty.ExitCode == 0, empty.Error);
        Assert.Contains("No API clients yet", empty.Output, StringComparison.Ordinal);

        AssertRefused(await RunAsync("api-client", "create", "--name", "X", "--role", "referrer", "--organisation", "Nowhere Surgery", "--data", _data),
            "No organisation is called or has the id 'Nowhere Surgery'");
        AssertRefused(await RunAsync("api-client", "revoke", "--id", Guid.NewGuid().ToString(), "--data", _data), "No API client has the id");

        var missingName = await RunAsync("api-client", "create", "--role", "referrer", "--data", _data);
        Assert.NotEqual(0, missingName.ExitCode);
        Assert.Contains("--name", missingName.Error, StringComparison.Ordinal);

        AssertRefused(await RunAsync(new Dictionary<string, string> { ["Linkwork__Database__Provider"] = "Postgres" }, "migrate", "--data", _data), "ConnectionStrings__Linkwork");
    }

    [Fact]
    public async Task Serve_migrates_seeds_the_demo_prints_the_address_and_sign_ins_and_serves()
    {
        var start = Start("serve", "--urls", "http://127.0.0.1:0", "--data", _data);
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync(); // drained, so logs can never fill the pipe and stall the server
        try
        {
            var printed = new List<string>();
            string? address = null;
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            while (!printed.Any(l => l.Contains("person@demo.linkwork.test", StringComparison.Ordinal)))
            {
                var line = await process.StandardOutput.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("serve exited: " + await errors);
                printed.Add(line);
                address ??= line.StartsWith("Linkwork is serving at ", StringComparison.Ordinal) ? line["Linkwork is serving at ".Length..].Trim() : null;
            }

            Assert.NotNull(address);
            Assert.Contains(printed, l => l.Contains("linkworker@demo.linkwork.test", StringComparison.Ordinal));
            using var http = new HttpClient();
            Assert.Equal("Healthy", await http.GetStringAsync(address + "/healthz"));
            Assert.True(File.Exists(Path.Combine(_data, "linkwork.db")));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task The_demo_never_overwrites_a_programme()
    {
        Assert.Equal(0, (await RunAsync("demo", "--people", "5", "--services", "5", "--data", _data)).ExitCode);

        AssertRefused(await RunAsync("demo", "--people", "5", "--services", "5", "--data", _data), "already holds a programme");
    }

    /// <summary>A refused command exits with 2 and says why on standard error.</summary>
    private static void AssertRefused((int ExitCode, string Output, string Error) result, string reason)
    {
        Assert.True(result.ExitCode == 2, $"exit {result.ExitCode}: {result.Error}");
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }
}
