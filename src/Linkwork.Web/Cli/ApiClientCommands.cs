using System.CommandLine;
using Linkwork.Web.Features.Access;

namespace Linkwork.Web.Cli;

/// <summary>`./linkwork api-client create|list|revoke`: bearer tokens for systems that call the API.</summary>
public static class ApiClientCommands
{
    public static Command Create()
    {
        var group = new Command("api-client", "Create, list and revoke API clients (bearer tokens for other systems).");
        group.Subcommands.Add(CreateCommand());
        group.Subcommands.Add(ListCommand());
        group.Subcommands.Add(RevokeCommand());
        return group;
    }

    private static Command CreateCommand()
    {
        var name = new Option<string>("--name") { Description = "A name that says which system this is.", Required = true };
        var role = new Option<string>("--role") { Description = "The role it acts in, e.g. referrer, link-worker, provider-staff, integrating-system.", Required = true };
        var organisation = new Option<string?>("--organisation") { Description = "The organisation it acts for, by name or id (default: the programme's own team)." };
        var expires = new Option<int?>("--expires-in-days") { Description = "How long the token lives (default 365 days)." };
        var printToken = new Option<bool>("--print-token") { Description = "Print only the token, for scripts." };
        var command = new Command("create", "Create an API client. The bearer token is printed once, as the last line.")
        {
            name, role, organisation, expires, printToken,
        };
        command.SetAction((parse, cancellationToken) => CommandHost.RunAsync<CreateApiClient>(parse, async create =>
        {
            var result = await create.HandleAsync(
                new CreateApiClient.Command(parse.GetValue(name)!, parse.GetValue(role)!, parse.GetValue(organisation), parse.GetValue(expires)),
                cancellationToken);
            if (!parse.GetValue(printToken))
            {
                Console.WriteLine($"Created API client '{result.Client.Name}' ({result.Client.Id}), role {result.Client.Role}, for {result.OrganisationName}.");
                Console.WriteLine($"The token expires at {result.Client.ExpiresAt:u}. It is shown only now; store it safely. Send it as: Authorization: Bearer <token>");
            }

            Console.WriteLine(result.Token);
        }, cancellationToken));
        return command;
    }

    private static Command ListCommand()
    {
        var command = new Command("list", "List API clients and whether each is active, expired or revoked.");
        command.SetAction((parse, cancellationToken) => CommandHost.RunAsync<ListApiClients>(parse, async list =>
        {
            var rows = await list.HandleAsync(programmeId: null, cancellationToken);
            foreach (var row in rows)
            {
                Console.WriteLine($"{row.Id}  {row.Standing,-8} {row.Role,-18} {row.Name} ({row.Organisation}), expires {row.ExpiresAt:u}");
            }

            if (rows.Count == 0)
            {
                Console.WriteLine("No API clients yet. Create one with: ./linkwork api-client create --name NAME --role ROLE");
            }
        }, cancellationToken));
        return command;
    }

    private static Command RevokeCommand()
    {
        var id = new Option<Guid>("--id") { Description = "The API client's id (see api-client list).", Required = true };
        var command = new Command("revoke", "Revoke an API client's token at once.") { id };
        command.SetAction((parse, cancellationToken) => CommandHost.RunAsync<RevokeApiClient>(parse, async revoke =>
        {
            var client = await revoke.HandleAsync(parse.GetValue(id), cancellationToken);
            Console.WriteLine($"Revoked API client '{client.Name}' ({client.Id}).");
        }, cancellationToken));
        return command;
    }
}
