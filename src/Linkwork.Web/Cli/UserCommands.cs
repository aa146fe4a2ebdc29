using System.CommandLine;
using Linkwork.Web.Features.Access;

namespace Linkwork.Web.Cli;

/// <summary>`./linkwork user create`: a staff account with a first password printed once, as the last line.</summary>
public static class UserCommands
{
    public static Command Create()
    {
        var email = new Option<string>("--email") { Description = "The email address they sign in with.", Required = true };
        var name = new Option<string>("--name") { Description = "Their name, as colleagues see it.", Required = true };
        var role = new Option<string>("--role") { Description = "link-worker, supervisor, referrer, provider-staff, analyst or administrator.", Required = true };
        var organisation = new Option<string?>("--organisation") { Description = "Their organisation, by name or id (default: the programme's own team)." };
        var create = new Command("create", "Create a staff account. Its first password is printed once, as the last line.") { email, name, role, organisation };
        create.SetAction((parse, cancellationToken) => CommandHost.RunAsync<CreateUserAccount>(parse, async createAccount =>
        {
            var result = await createAccount.HandleAsync(
                new CreateUserAccount.Command(parse.GetValue(email)!, parse.GetValue(name)!, parse.GetValue(role)!, parse.GetValue(organisation)),
                cancellationToken);
            Console.WriteLine($"Created {result.Account.Role} account {result.Account.Email} in {result.OrganisationName}.");
            Console.WriteLine("Give them this first password safely; they change it at /account/password after signing in:");
            Console.WriteLine(result.Password);
        }, cancellationToken));

        var group = new Command("user", "Create staff accounts.");
        group.Subcommands.Add(create);
        return group;
    }
}
