using Linkwork.Domain.People;

namespace Linkwork.Web.Cli.Demo;

/// <summary>
/// The demo's postcode lookup: a row for each postcode its people live at, with their decile and a centre near their
/// neighbourhood's, so that services near a person can be found as they would be with a national release loaded.
/// The area codes say DEMO: they are invented, and must never be mistaken for real LSOA codes.
/// </summary>
public sealed class DemoPostcodeLookup
{
    // A unit moves its postcode up to about 1 km from the neighbourhood's centre, the size of a postcode sector.
    private const double LatitudeSpread = 0.009;
    private const double LongitudeSpread = 0.015;

    private readonly Dictionary<string, PostcodeDeprivation> _rows = new(StringComparer.Ordinal);

    public IReadOnlyCollection<PostcodeDeprivation> Rows => _rows.Values;

    /// <summary>Adds the person's postcode the first time it is seen; neighbours share the first one's decile.</summary>
    public void Add(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (person.Postcode is not { } postcode || _rows.ContainsKey(postcode) || person.DeprivationDecile is not { } decile)
        {
            return;
        }

        var space = postcode.IndexOf(' ', StringComparison.Ordinal);
        var (outward, inward) = (postcode[..space], postcode[(space + 1)..]);
        var sector = inward[0] - '0';
        var area = DemoCatalogue.Areas.First(a => a.District == outward && a.Sectors.Contains(sector));
        var letters = DemoCatalogue.PostcodeUnitLetters;
        var (across, down) = (letters.IndexOf(inward[1], StringComparison.Ordinal), letters.IndexOf(inward[2], StringComparison.Ordinal));
        var latitude = area.Latitude + ((down / (letters.Length - 1.0)) - 0.5) * 2 * LatitudeSpread;
        var longitude = area.Longitude + ((across / (letters.Length - 1.0)) - 0.5) * 2 * LongitudeSpread;
        _rows[postcode] = PostcodeDeprivation.Create(postcode, $"DEMO-{outward}-{sector}", decile, Math.Round(latitude, 5), Math.Round(longitude, 5));
    }
}
