using Linkwork.Data;
using Linkwork.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.People;

/// <summary>What the imported postcode lookup knows of a postcode: its area's deprivation decile and its centre. Null when it does not know it.</summary>
public sealed class PostcodeLookup(LinkworkDbContext db)
{
    public sealed record Centre(double Latitude, double Longitude);

    public async Task<int?> DecileForAsync(string? postcode, CancellationToken cancellationToken = default) =>
        Postcodes.Normalise(postcode) is { } normalised
            ? await db.PostcodeDeprivation.AsNoTracking().Where(p => p.Postcode == normalised).Select(p => (int?)p.Decile).SingleOrDefaultAsync(cancellationToken)
            : null;

    public async Task<Centre?> CentreOfAsync(string? postcode, CancellationToken cancellationToken = default)
    {
        if (Postcodes.Normalise(postcode) is not { } normalised)
        {
            return null;
        }

        var row = await db.PostcodeDeprivation.AsNoTracking().Where(p => p.Postcode == normalised)
            .Select(p => new { p.Latitude, p.Longitude }).SingleOrDefaultAsync(cancellationToken);
        return row is { Latitude: { } latitude, Longitude: { } longitude } ? new Centre(latitude, longitude) : null;
    }
}
