using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Domain.Directory;
using Linkwork.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Directory.Curation;

/// <summary>What a curation use case ends with, for pages and endpoints to turn into a response.</summary>
public enum CurationOutcome
{
    Done,
    NotFound,
    Forbidden,
}

/// <summary>Loads a listing for a change and applies <see cref="ListingEditRule"/> to the signed-in user.</summary>
public static class ListingAccess
{
    public static async Task<(Service? Service, CurationOutcome Outcome)> LoadForEditAsync(
        LinkworkDbContext db, ClaimsPrincipal user, Guid serviceId, bool curatorsOnly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var service = await db.Services.SingleOrDefaultAsync(s => s.Id == serviceId, cancellationToken);
        if (service is null)
        {
            return (null, CurationOutcome.NotFound);
        }

        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == service.OrganisationId, cancellationToken);
        return (service, Allows(user, organisation, curatorsOnly) ? CurationOutcome.Done : CurationOutcome.Forbidden);
    }

    private static bool Allows(ClaimsPrincipal user, Organisation organisation, bool curatorsOnly) =>
        ListingEditRule.Allows(user.ProgrammeOf(), user.OrganisationOf(), user.OrganisationKindOf(), user.RoleOf(), organisation, curatorsOnly);
}
