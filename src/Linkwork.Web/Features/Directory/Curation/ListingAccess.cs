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

    /// <summary>An organisation's listing, for a curator of its programme.</summary>
    public static async Task<(Organisation? Organisation, CurationOutcome Outcome)> LoadOrganisationForEditAsync(
        LinkworkDbContext db, ClaimsPrincipal user, Guid organisationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken);
        return organisation is null ? (null, CurationOutcome.NotFound)
            : (organisation, Allows(user, organisation, curatorsOnly: true) ? CurationOutcome.Done : CurationOutcome.Forbidden);
    }

    /// <summary>A location, for a curator of the programme of the organisation that runs it, or any curator when no organisation claims it.</summary>
    public static async Task<(Location? Location, CurationOutcome Outcome)> LoadLocationForEditAsync(
        LinkworkDbContext db, ClaimsPrincipal user, Guid locationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var location = await db.Locations.SingleOrDefaultAsync(l => l.Id == locationId, cancellationToken);
        if (location is null)
        {
            return (null, CurationOutcome.NotFound);
        }

        var owner = location.OrganisationId is { } id ? await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == id, cancellationToken) : null;
        var allowed = owner is null
            ? ListingEditRule.AllowsUnclaimed(user.OrganisationKindOf(), user.RoleOf())
            : Allows(user, owner, curatorsOnly: true);
        return (location, allowed ? CurationOutcome.Done : CurationOutcome.Forbidden);
    }

    /// <summary><see cref="ListingEditRule"/> for the signed-in user.</summary>
    public static bool Allows(ClaimsPrincipal user, Organisation organisation, bool curatorsOnly) =>
        ListingEditRule.Allows(user.ProgrammeOf(), user.OrganisationOf(), user.OrganisationKindOf(), user.RoleOf(), organisation, curatorsOnly);
}
