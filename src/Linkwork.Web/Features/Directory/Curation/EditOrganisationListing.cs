using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Access;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Directory.Search;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Directory.Curation;

/// <summary>A curator corrects what the directory says about an organisation; its services show the change at once.</summary>
public sealed class EditOrganisationListing(LinkworkDbContext db, AuditTrail audit, TimeProvider clock, DirectorySearch search)
{
    public sealed record Command(string Name, string? Description, string? Website, string? Email, string? Phone)
    {
        public static Command From(Organisation organisation)
        {
            ArgumentNullException.ThrowIfNull(organisation);
            return new(organisation.Name, organisation.Description, organisation.Website, organisation.Email, organisation.Phone);
        }
    }

    public async Task<CurationOutcome> HandleAsync(ClaimsPrincipal user, Guid organisationId, Command command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(command);
        var (organisation, outcome) = await ListingAccess.LoadOrganisationForEditAsync(db, user, organisationId, cancellationToken);
        if (outcome != CurationOutcome.Done)
        {
            return outcome;
        }

        organisation!.ReviseListing(command.Name, command.Description, command.Website, command.Email, command.Phone, organisation.Listing, clock.GetUtcNow());
        audit.Record("organisation.edited", nameof(Organisation), organisationId);
        await db.SaveChangesAsync(cancellationToken);

        // Search documents carry the organisation's name.
        var services = await db.Services.Where(s => s.OrganisationId == organisationId).Select(s => s.Id).ToListAsync(cancellationToken);
        await search.ServicesChangedAsync(services, imported: false, cancellationToken);
        return CurationOutcome.Done;
    }
}
