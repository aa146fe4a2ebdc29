using Linkwork.Data;
using Linkwork.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Linkwork.Web.Features.People;

/// <summary>The deprivation decile of a postcode's area, from the imported lookup; null when it does not know the postcode.</summary>
public sealed class DeprivationLookup(LinkworkDbContext db)
{
    public async Task<int?> DecileForAsync(string? postcode, CancellationToken cancellationToken = default)
    {
        var normalised = Postcodes.Normalise(postcode);
        if (normalised is null)
        {
            return null;
        }

        return await db.PostcodeDeprivation.AsNoTracking()
            .Where(p => p.Postcode == normalised)
            .Select(p => (int?)p.Decile)
            .SingleOrDefaultAsync(cancellationToken);
    }
}
