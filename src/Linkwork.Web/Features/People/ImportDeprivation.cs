using System.Globalization;
using Linkwork.Data;
using Linkwork.Domain.Common;
using Linkwork.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.People;

/// <summary>
/// Loads the postcode lookup from CSV: postcode, area code, decile 1-10 and, optionally, the postcode's latitude and
/// longitude (a header line is allowed). The whole file is checked first: one bad line and nothing is imported, with
/// every bad line reported. A postcode already known is updated. Afterwards people whose postcode the lookup knows
/// get its decile.
/// </summary>
public sealed class ImportDeprivation(LinkworkDbContext db)
{
    public sealed record LineError(int Line, string Message)
    {
        public override string ToString() => $"line {Line}: {Message}";
    }

    public sealed record Report(bool Applied, IReadOnlyList<LineError> Errors, int Created, int Updated, int PeopleUpdated);

    private const int BatchSize = 5_000;

    public async Task<Report> HandleAsync(TextReader csv, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var (rows, errors) = await ReadAsync(csv, cancellationToken);
        if (errors.Count > 0)
        {
            return new Report(false, errors, 0, 0, 0);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var (created, updated) = (0, 0);
        foreach (var batch in rows.Values.Chunk(BatchSize))
        {
            var postcodes = batch.Select(r => r.Postcode).ToList();
            var known = await db.PostcodeDeprivation.Where(p => postcodes.Contains(p.Postcode)).ToDictionaryAsync(p => p.Postcode, cancellationToken);
            foreach (var row in batch)
            {
                if (known.TryGetValue(row.Postcode, out var existing))
                {
                    existing.Revise(row);
                    db.Entry(existing).State = EntityState.Modified;
                    updated++;
                }
                else
                {
                    db.PostcodeDeprivation.Add(row);
                    created++;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        var people = await FillPeopleAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Report(true, [], created, updated, people);
    }

    private static async Task<(Dictionary<string, PostcodeDeprivation> Rows, List<LineError> Errors)> ReadAsync(TextReader csv, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<string, PostcodeDeprivation>(StringComparer.Ordinal);
        var errors = new List<LineError>();
        var number = 0;
        while (await csv.ReadLineAsync(cancellationToken) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = line.Split(',').Select(f => f.Trim().Trim('"').Trim()).ToArray();
            if (number == 1 && fields.Length > 0 && fields[0].Equals("postcode", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (fields.Length is not (3 or 5))
            {
                errors.Add(new LineError(number, $"expected 3 columns (postcode, area code, decile) or 5 (and latitude, longitude), found {fields.Length}."));
                continue;
            }

            if (!int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var decile))
            {
                errors.Add(new LineError(number, $"the decile must be a whole number from 1 to 10; '{fields[2]}' is not."));
                continue;
            }

            if (!TryDegrees(fields, 3, out var latitude) || !TryDegrees(fields, 4, out var longitude))
            {
                errors.Add(new LineError(number, $"latitude and longitude must be decimal degrees such as 53.4302 and -1.3568; '{fields[3]}' and '{fields[4]}' are not."));
                continue;
            }

            try
            {
                var row = PostcodeDeprivation.Create(fields[0], fields[1], decile, latitude, longitude);
                if (!rows.TryAdd(row.Postcode, row))
                {
                    errors.Add(new LineError(number, $"postcode {row.Postcode} appears more than once in the file."));
                }
            }
            catch (DomainRuleException rule)
            {
                errors.Add(new LineError(number, rule.Message));
            }
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new LineError(0, "the file holds no postcodes."));
        }

        return (rows, errors);
    }

    /// <summary>A coordinate column: absent or empty is none; anything else must be a number.</summary>
    private static bool TryDegrees(string[] fields, int index, out double? degrees)
    {
        degrees = null;
        if (fields.Length <= index || fields[index].Length == 0)
        {
            return true;
        }

        if (!double.TryParse(fields[index], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        degrees = value;
        return true;
    }

    /// <summary>One statement on both databases: the people whose postcode is in the lookup take its decile.</summary>
    private async Task<int> FillPeopleAsync(CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlRawAsync(
            """
            UPDATE people SET deprivation_decile = (SELECT d.decile FROM postcode_deprivation d WHERE d.postcode = people.contact_postcode),
                version = version + 1
            WHERE merged_into_id IS NULL
              AND EXISTS (SELECT 1 FROM postcode_deprivation d WHERE d.postcode = people.contact_postcode
                          AND (people.deprivation_decile IS NULL OR people.deprivation_decile <> d.decile))
            """, cancellationToken);
}
