using System.CommandLine;
using Linkwork.Web.Features.Programmes;

namespace Linkwork.Web.Cli;

/// <summary>`./linkwork programme create`: a new programme for a real deployment (started with --no-demo).</summary>
public static class ProgrammeCommands
{
    public static Command Create()
    {
        var name = new Option<string>("--name") { Description = "The programme's name, e.g. \"Sheffield Social Prescribing\".", Required = true };
        var country = new Option<string>("--country") { Description = "Two-letter country code.", DefaultValueFactory = _ => "GB" };
        var locale = new Option<string>("--locale") { Description = "Language and region of its pages.", DefaultValueFactory = _ => "en-GB" };
        var deadline = new Option<int>("--response-deadline-days") { Description = "Days providers have to answer a referral.", DefaultValueFactory = _ => CreateProgramme.DefaultResponseDeadlineDays };
        var coding = new Option<string?>("--coding-profile") { Description = "UkSnomedCt or UsGravityIcd10 (default: from the country)." };
        var create = new Command("create", "Create a programme and its team organisation.") { name, country, locale, deadline, coding };
        create.SetAction((parse, cancellationToken) => CommandHost.RunAsync<CreateProgramme>(parse, async createProgramme =>
        {
            var result = await createProgramme.HandleAsync(
                new CreateProgramme.Command(parse.GetValue(name)!, parse.GetValue(country)!, parse.GetValue(locale)!, parse.GetValue(deadline), parse.GetValue(coding)),
                cancellationToken);
            Console.WriteLine($"Created programme '{result.Programme.Name}' ({result.Programme.Id}) with its team organisation '{result.Team.Name}' ({result.Team.Id}).");
            Console.WriteLine("Next: ./linkwork user create --email ... --name ... --role administrator");
        }, cancellationToken));

        var group = new Command("programme", "Create programmes (one social prescribing service each).");
        group.Subcommands.Add(create);
        return group;
    }
}
