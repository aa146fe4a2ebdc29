using Linkwork.Data;
using Linkwork.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Directory.Curation;

/// <summary>The curators' organisation finder: a programme's organisations whose name contains the words typed.</summary>
public sealed class FindOrganisationsByName(LinkworkDbContext db)
{
    public const int Limit = 25;

    public sealed record Row(Guid Id, string Name, OrganisationKind Kind);

    public async Task<IReadOnlyList<Row>> HandleAsync(Guid programmeId, string text, CancellationToken cancellationToken = default)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var organisations = db.Organisations.AsNoTracking().Where(o => o.ProgrammeId == programmeId);
        foreach (var word in words.Take(5))
        {
            // Lower on both sides: PostgreSQL's LIKE is case-sensitive, SQLite's is not.
            var pattern = $"%{word.ToLowerInvariant().Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal)}%";
#pragma warning disable CA1304, CA1311 // Translated to SQL lower(): no .NET culture is involved.
            organisations = organisations.Where(o => EF.Functions.Like(o.Name.ToLower(), pattern));
#pragma warning restore CA1304, CA1311
        }

        return await organisations.OrderBy(o => o.Name).ThenBy(o => o.Id).Take(Limit)
            .Select(o => new Row(o.Id, o.Name, o.Kind)).ToListAsync(cancellationToken);
    }
}
