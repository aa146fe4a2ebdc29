using System.Security.Claims;
using Linkwork.Data;
using Linkwork.Domain.Directory;
using Linkwork.Domain.Directory.Parts;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Directory.Search;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.Directory.Curation;

/// <summary>A curator corrects a place: its name, how to get there, where it is on the map and its first address.</summary>
public sealed class EditLocation(LinkworkDbContext db, AuditTrail audit, TimeProvider clock, DirectorySearch search)
{
    public sealed record Command(
        string? Name, string? Description, string? Transportation, double? Latitude, double? Longitude,
        string? Address1, string? City, string? PostalCode)
    {
        public static Command From(LocationDetails details)
        {
            ArgumentNullException.ThrowIfNull(details);
            var address = details.Addresses.Count > 0 ? details.Addresses[0] : null;
            return new(details.Name, details.Description, details.Transportation, details.Latitude, details.Longitude,
                address?.Address1, address?.City, address?.PostalCode);
        }
    }

    public async Task<CurationOutcome> HandleAsync(ClaimsPrincipal user, Guid locationId, Command command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(command);
        var (location, outcome) = await ListingAccess.LoadLocationForEditAsync(db, user, locationId, cancellationToken);
        if (outcome != CurationOutcome.Done)
        {
            return outcome;
        }

        var details = location!.Details with
        {
            Name = command.Name,
            Description = command.Description,
            Transportation = command.Transportation,
            Latitude = command.Latitude,
            Longitude = command.Longitude,
            Addresses = WithFirstAddress(location.Details.Addresses, command),
        };
        location.Revise(location.OrganisationId, details, clock.GetUtcNow());
        audit.Record("location.edited", nameof(Location), locationId);
        await db.SaveChangesAsync(cancellationToken);
        await search.ServicesChangedAsync(await ServicesAtAsync(locationId, cancellationToken), imported: false, cancellationToken);
        return CurationOutcome.Done;
    }

    /// <summary>Only an address the location already has is edited: a new one needs fields this form does not ask for.</summary>
    private static IReadOnlyList<Address> WithFirstAddress(IReadOnlyList<Address> addresses, Command command)
    {
        if (addresses.Count == 0)
        {
            return addresses;
        }

        var first = addresses[0] with
        {
            Address1 = Required(command.Address1, "The first line of the address"),
            City = Required(command.City, "The town or city"),
            PostalCode = Required(command.PostalCode, "The postcode"),
        };
        return [first, .. addresses.Skip(1)];
    }

    private static string Required(string? value, string what) => Domain.Common.Text.Required(value, what, ServiceDetailsRules.NameMaxLength);

    /// <summary>
    /// The services delivered at the location, whose search documents hold its coordinates. Their links live in each
    /// service's JSON, so this reads the column as text: a scan, acceptable for an occasional curator's edit.
    /// </summary>
    private async Task<List<Guid>> ServicesAtAsync(Guid locationId, CancellationToken cancellationToken)
    {
        var pattern = $"%{locationId}%";
        return await db.Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM services WHERE locations LIKE {pattern}").ToListAsync(cancellationToken);
    }
}
