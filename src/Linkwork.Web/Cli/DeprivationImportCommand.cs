using System.CommandLine;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.People;

namespace Linkwork.Web.Cli;

/// <summary>
/// `./linkwork import deprivation FILE.csv`: the postcode deprivation lookup (postcode, area code, decile 1-10).
/// All or nothing: one bad line and nothing is imported, with every bad line listed.
/// </summary>
public static class DeprivationImportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A CSV file with columns postcode, area code, decile (1 the most deprived tenth); a header line is allowed." };
        var command = new Command("deprivation", "Import the postcode deprivation lookup that fills people's deprivation decile.") { file };
        command.SetAction((parse, cancellationToken) => CommandHost.RunAsync(parse, async services =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"error: there is no file {path.Name}.");
                return 2;
            }

            ImportDeprivation.Report report;
            using (var reader = path.OpenText())
            {
                report = await services.GetRequiredService<ImportDeprivation>().HandleAsync(reader, cancellationToken);
            }

            if (!report.Applied)
            {
                foreach (var error in report.Errors)
                {
                    await Console.Error.WriteLineAsync(error.ToString());
                }

                await Console.Error.WriteLineAsync($"Nothing was imported: {report.Errors.Count:N0} line{(report.Errors.Count == 1 ? " has a problem" : "s have problems")} (listed above). Fix them and import again.");
                return ImportCommand.RejectedExitCode;
            }

            var audit = services.GetRequiredService<AuditTrail>();
            await audit.RecordNowAsync("deprivation.imported", cancellationToken: cancellationToken);
            Console.WriteLine($"Postcodes: {report.Created:N0} added, {report.Updated:N0} updated. People given a decile: {report.PeopleUpdated:N0}.");
            return 0;
        }, cancellationToken));
        return command;
    }
}
