using Linkwork.Data;
using Linkwork.Domain.Common;
using Linkwork.Domain.Programmes;
using Linkwork.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Programmes;

/// <summary>
/// An administrator sets the ethnicity code list the programme records in (its country's census categories, say),
/// or goes back to the default for England. Codes already recorded on people stay as they were.
/// </summary>
public sealed class SetEthnicityCodes(LinkworkDbContext db, AuditTrail audit)
{
    /// <summary>Sets the list; null returns to <see cref="EthnicityCategories.England2021"/>.</summary>
    public async Task<Programme> HandleAsync(Guid programmeId, IReadOnlyList<CodedConcept>? codes, CancellationToken cancellationToken = default)
    {
        var programme = await db.Programmes.SingleOrDefaultAsync(p => p.Id == programmeId, cancellationToken)
            ?? throw new DomainRuleException("The programme no longer exists.");
        programme.UseEthnicityCodes(codes);
        audit.Record("programme.ethnicity-codes", nameof(Programme), programme.Id);
        await db.SaveChangesAsync(cancellationToken);
        return programme;
    }

    /// <summary>Reads "CODE | words" lines, as the settings page takes them; blank lines are skipped.</summary>
    public static IReadOnlyList<CodedConcept> Parse(string? lines)
    {
        var codes = new List<CodedConcept>();
        var number = 0;
        foreach (var line in (lines ?? "").Split('\n'))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var bar = line.IndexOf('|', StringComparison.Ordinal);
            if (bar < 0)
            {
                throw new DomainRuleException($"Line {number} needs a code, a bar and the words, like 'A1 | Asian: Bangladeshi'.");
            }

            codes.Add(new CodedConcept(line[..bar].Trim(), line[(bar + 1)..].Trim()));
        }

        return codes;
    }

    public static string Format(IEnumerable<CodedConcept> codes) => string.Join('\n', codes.Select(c => $"{c.Code} | {c.Display}"));
}
