using System.CommandLine;
using Linkwork.Data;
using Linkwork.Interop.Hsds;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Cli;

/// <summary>
/// `./linkwork export hsds [--out FILE]`: the directory as one JSON array of fully nested HSDS 3.0 services,
/// streamed, so a million services take the memory of their organisations and locations, not of the file.
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var output = new Option<FileInfo?>("--out") { Description = "Write to this file (default: standard output)." };
        var programme = new Option<string?>("--programme") { Description = "The programme to export, by name or id (needed only when there are several)." };
        var hsds = new Command("hsds", "Export the directory as Open Referral HSDS 3.0 JSON (fully nested services).") { output, programme };
        hsds.SetAction((parse, cancellationToken) => CommandHost.RunAsync(parse, async services =>
        {
            var db = services.GetRequiredService<LinkworkDbContext>();
            var programmeId = await ImportCommand.ResolveProgrammeAsync(db, parse.GetValue(programme), cancellationToken);

            var organisations = await db.Organisations.AsNoTracking().Where(o => o.ProgrammeId == programmeId).ToListAsync(cancellationToken);
            var organisationIds = organisations.Select(o => o.Id).ToHashSet();
            var locations = await db.Locations.AsNoTracking().ToListAsync(cancellationToken);
            var terms = await db.TaxonomyTerms.AsNoTracking().ToListAsync(cancellationToken);
            var taxonomies = await db.Taxonomies.AsNoTracking().ToListAsync(cancellationToken);
            var writer = new HsdsWriter(HsdsWriterLookups.From(organisations, locations, terms, taxonomies));

            var listed = db.Services.AsNoTracking().OrderBy(s => s.Id).AsAsyncEnumerable()
                .Where(s => organisationIds.Contains(s.OrganisationId));
            var file = parse.GetValue(output);
            await using var stream = file is null ? Console.OpenStandardOutput() : file.Create();
            var written = await writer.WriteServicesAsync(stream, listed, cancellationToken);
            Console.Error.WriteLine($"Exported {written:N0} services.");
            return 0;
        }, cancellationToken));

        var group = new Command("export", "Write directory data out in open standards.");
        group.Subcommands.Add(hsds);
        return group;
    }
}
