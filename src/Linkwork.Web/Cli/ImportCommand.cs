using System.CommandLine;
using Linkwork.Data;
using Linkwork.Domain.Common;
using Linkwork.Interop.Hsds;
using Linkwork.Web.Features.Directory.Import;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Cli;

/// <summary>
/// `./linkwork import hsds FILE|DIR|URL`: reads an Open Referral HSDS 3.0 feed (JSON, a tabular data package,
/// or a paged API), checks every record, and applies the whole feed or nothing. Every bad record is listed.
/// </summary>
public static class ImportCommand
{
    public const int RejectedExitCode = 1;

    public static Command Create()
    {
        var source = new Argument<string>("source") { Description = "A JSON file, a folder (JSON files or a CSV data package with datapackage.json), or the URL of an HSDS API." };
        var full = new Option<bool>("--full") { Description = "The feed lists every service of its organisations: their services it leaves out become inactive (never deleted)." };
        var programme = new Option<string?>("--programme") { Description = "The programme to import into, by name or id (needed only when there are several)." };
        var profile = new Option<string?>("--profile") { Description = "core or uk (default: worked out from the feed)." };
        var dropCoordinates = new Option<bool>("--drop-bad-coordinates") { Description = "Import locations whose latitude or longitude is impossible without their coordinates (with a warning), instead of rejecting the feed." };
        var hsds = new Command("hsds", "Import an Open Referral HSDS 3.0 feed (or the UK profile) into the directory.") { source, full, programme, profile, dropCoordinates };
        hsds.SetAction((parse, cancellationToken) => CommandHost.RunAsync(parse, async services =>
        {
            var db = services.GetRequiredService<LinkworkDbContext>();
            var programmeId = await ResolveProgrammeAsync(db, parse.GetValue(programme), cancellationToken);

            var started = TimeProvider.System.GetTimestamp();
            var bar = new TerminalProgress();
            var options = new HsdsReadOptions
            {
                Profile = ReadProfile(parse.GetValue(profile)),
                OutOfRangeCoordinates = parse.GetValue(dropCoordinates) ? HsdsCoordinatePolicy.DropWithWarning : HsdsCoordinatePolicy.Reject,
                KnownTermIds = (await db.TaxonomyTerms.Select(t => t.Id).ToListAsync(cancellationToken)).ToHashSet(),
                KnownTaxonomyIds = (await db.Taxonomies.Select(t => t.Id).ToListAsync(cancellationToken)).ToHashSet(),
                KnownOrganisationIds = (await db.Organisations.Where(o => o.ProgrammeId == programmeId).Select(o => o.Id).ToListAsync(cancellationToken)).ToHashSet(),
                Progress = bar.For<HsdsReadProgress>(p => ("reading", p.RecordsRead, p.Total)),
            };
            var feed = await new HsdsFeedReader(options: options).ReadAsync(parse.GetValue(source)!, cancellationToken);
            bar.Done();
            foreach (var warning in feed.Warnings)
            {
                Console.Error.WriteLine($"warning: {warning}");
            }

            if (feed.HasErrors)
            {
                return Reject(feed.Errors.Select(e => e.ToString()).ToList());
            }

            var import = services.GetRequiredService<ImportDirectory>();
            var report = await import.HandleAsync(
                programmeId, feed, parse.GetValue(full),
                bar.For<ImportProgress>(p => (p.Stage, p.Done, p.Total)), cancellationToken);
            bar.Done();
            if (!report.Applied)
            {
                return Reject(report.Errors.Select(e => e.ToString()).ToList());
            }

            var seconds = TimeProvider.System.GetElapsedTime(started).TotalSeconds;
            foreach (var (entity, counts) in report.Counts)
            {
                Console.WriteLine($"{entity}: {counts}");
            }

            var imported = feed.Services.Count;
            Console.WriteLine($"Imported {imported:N0} services ({feed.Profile} profile) in {seconds:N1} s ({imported / Math.Max(seconds, 0.001):N0} services/s).");
            return 0;
        }, cancellationToken));

        var group = new Command("import", "Bring directory data and reference data into Linkwork.");
        group.Subcommands.Add(hsds);
        group.Subcommands.Add(DeprivationImportCommand.Create());
        return group;
    }

    private static int Reject(List<string> errors)
    {
        foreach (var error in errors)
        {
            Console.Error.WriteLine(error);
        }

        Console.Error.WriteLine($"Nothing was imported: {errors.Count:N0} record{(errors.Count == 1 ? " has a problem" : "s have problems")} (listed above). Fix them and import again.");
        return RejectedExitCode;
    }

    private static HsdsProfile? ReadProfile(string? profile) => profile?.ToLowerInvariant() switch
    {
        null => null,
        "core" => HsdsProfile.Core,
        "uk" => HsdsProfile.UkProfile,
        _ => throw new DomainRuleException($"--profile is core or uk; '{profile}' is neither."),
    };

    internal static async Task<Guid> ResolveProgrammeAsync(LinkworkDbContext db, string? nameOrId, CancellationToken cancellationToken)
    {
        var programmes = await db.Programmes.Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        if (nameOrId is not null)
        {
            return programmes.FirstOrDefault(p => p.Id.ToString() == nameOrId || string.Equals(p.Name, nameOrId, StringComparison.OrdinalIgnoreCase))?.Id
                ?? throw new DomainRuleException($"There is no programme '{nameOrId}'. Programmes: {string.Join(", ", programmes.Select(p => p.Name))}.");
        }

        return programmes.Count switch
        {
            1 => programmes[0].Id,
            0 => throw new DomainRuleException("There is no programme yet: create one with ./linkwork programme create (or ./linkwork demo)."),
            _ => throw new DomainRuleException($"There are {programmes.Count} programmes; say which with --programme: {string.Join(", ", programmes.Select(p => p.Name))}."),
        };
    }
}
