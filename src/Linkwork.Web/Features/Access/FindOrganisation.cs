using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Access;

/// <summary>
/// The organisation a command names, by id or exact name; without one, the programme's own team when the
/// deployment has exactly one programme. Used by the command line, where people type names.
/// </summary>
public sealed class FindOrganisation(LinkworkDbContext db)
{
    public async Task<Organisation> HandleAsync(string? nameOrId, CancellationToken cancellationToken = default)
    {
        List<Organisation> matches;
        if (string.IsNullOrWhiteSpace(nameOrId))
        {
            matches = await db.Organisations.Where(o => o.Kind == OrganisationKind.Programme).OrderBy(o => o.Id).Take(2).ToListAsync(cancellationToken);
            return matches.Count switch
            {
                1 => matches[0],
                0 => throw new DomainRuleException("There is no programme yet: run `./linkwork programme create` or `./linkwork demo` first, or pass --organisation."),
                _ => throw new DomainRuleException("There is more than one programme: say which organisation with --organisation NAME|ID."),
            };
        }

        var name = nameOrId.Trim();
        matches = Guid.TryParse(name, out var id)
            ? await db.Organisations.Where(o => o.Id == id).ToListAsync(cancellationToken)
            : await db.Organisations.Where(o => o.Name == name).OrderBy(o => o.Id).Take(2).ToListAsync(cancellationToken);
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new DomainRuleException($"No organisation is called or has the id '{name}'."),
            _ => throw new DomainRuleException($"More than one organisation is called '{name}': pass its id instead."),
        };
    }
}
