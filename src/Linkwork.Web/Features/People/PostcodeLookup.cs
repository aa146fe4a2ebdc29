using Linkwork.Data;
using Linkwork.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.People;

/// <summary>
/// What the imported postcode lookup knows of a postcode: its area's deprivation decile and its centre. Null when it
/// does not know it, which includes text too long to be a postcode: a caller asking what is known need not check first.
/// </summary>
public sealed class PostcodeLookup(LinkworkDbContext db)
{
    public sealed record Centre(double Latitude, double Longitude);

    public async Task<int?> DecileForAsync(string? postcode, CancellationToken cancellationToken = default) =>
        AsKept(postcode) is { } normalised
            ? await db.PostcodeDeprivation.AsNoTracking().Where(p => p.Postcode == normalised).Select(p => (int?)p.Decile).SingleOrDefaultAsync(cancellationToken)
            : null;

    public async Task<Centre?> CentreOfAsync(string? postcode, CancellationToken cancellationToken = default)
    {
        if (AsKept(postcode) is not { } normalised)
        {
            return null;
        }

        var row = await db.PostcodeDeprivation.AsNoTracking().Where(p => p.Postcode == normalised)
            .Select(p => new { p.Latitude, p.Longitude }).SingleOrDefaultAsync(cancellationToken);
        return row is { Latitude: { } latitude, Longitude: { } longitude } ? new Centre(latitude, longitude) : null;
    }

    /// <summary>The postcode as the lookup keeps it, or null when there is none or the text is too long to be one.</summary>
    private static string? AsKept(string? postcode) =>
        postcode is not null && postcode.Trim().Length <= Postcodes.MaxLength ? Postcodes.Normalise(postcode) : null;
}
