using Linkwork.Domain.Common;

namespace Linkwork.Domain.People;

/// <summary>
/// One row of the postcode lookup: a postcode, the small area it lies in (an LSOA code in England), that area's Index
/// of Multiple Deprivation decile (1 the most deprived tenth) and, when the release gives it, the postcode's centre in
/// WGS 84 degrees, from which services near the person are found. Imported from national releases.
/// </summary>
public sealed class PostcodeDeprivation
{
    public const int AreaCodeMaxLength = 20;

    private PostcodeDeprivation() { }

    public string Postcode { get; private set; } = "";
    public string AreaCode { get; private set; } = "";
    public int Decile { get; private set; }
    public double? Latitude { get; private set; }
    public double? Longitude { get; private set; }

    public static PostcodeDeprivation Create(string? postcode, string? areaCode, int decile, double? latitude = null, double? longitude = null)
    {
        Coordinates.Check(latitude, longitude, "A postcode");
        return new()
        {
            Postcode = Postcodes.RequireUk(postcode),
            AreaCode = Text.Required(areaCode, "The area code", AreaCodeMaxLength),
            Decile = DeprivationDeciles.Check(decile)!.Value,
            Latitude = latitude,
            Longitude = longitude,
        };
    }

    /// <summary>
    /// Takes a newer release's row. A release without coordinates (a deprivation update, say) keeps the centre
    /// already known: a postcode does not move when its area is re-ranked.
    /// </summary>
    public void Revise(PostcodeDeprivation newer)
    {
        ArgumentNullException.ThrowIfNull(newer);
        (AreaCode, Decile) = (newer.AreaCode, newer.Decile);
        if (newer.Latitude.HasValue)
        {
            (Latitude, Longitude) = (newer.Latitude, newer.Longitude);
        }
    }
}

public static class DeprivationDeciles
{
    public static int? Check(int? decile) => decile is < 1 or > 10
        ? throw new DomainRuleException($"The deprivation decile runs from 1 to 10; {decile} was given.")
        : decile;
}
