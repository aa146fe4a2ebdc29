namespace Linkwork.Data.Search;

/// <summary>
/// Great-circle distances through unit vectors: two points' distance follows from the straight-line (chord)
/// distance between their vectors, so a radius test is three subtractions and three multiplications, with no
/// trigonometry per location. Kilometres are computed only for the hits shown.
/// </summary>
internal static class GeoMath
{
    /// <summary>The mean Earth radius (IUGG).</summary>
    public const double EarthRadiusKm = 6371.0088;

    public const double KmPerDegreeLatitude = EarthRadiusKm * Math.PI / 180;

    public static bool IsValid(double latitude, double longitude) =>
        double.IsFinite(latitude) && double.IsFinite(longitude) && latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180;

    public static (double X, double Y, double Z) UnitVector(double latitude, double longitude)
    {
        var phi = double.DegreesToRadians(latitude);
        var lambda = double.DegreesToRadians(longitude);
        var cosPhi = Math.Cos(phi);
        return (cosPhi * Math.Cos(lambda), cosPhi * Math.Sin(lambda), Math.Sin(phi));
    }

    /// <summary>The squared chord length that corresponds to a great-circle distance.</summary>
    public static double ChordSquared(double km)
    {
        var angle = Math.Min(km / EarthRadiusKm, Math.PI);
        var chord = 2 * Math.Sin(angle / 2);
        return chord * chord;
    }

    public static double Kilometres(double chordSquared) =>
        2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(chordSquared) / 2));

    /// <summary>
    /// Kilometres from a squared chord without the arcsine, for ranking: 2·asin(c/2) ≈ c + c³/24, within a
    /// metre at 300 km and a millimetre at 30 km.
    /// </summary>
    public static double ApproximateKilometres(double chordSquared)
    {
        var chord = Math.Sqrt(chordSquared);
        return EarthRadiusKm * chord * (1 + (chordSquared / 24));
    }

    public static double ChordSquared(double x1, double y1, double z1, double x2, double y2, double z2)
    {
        var dx = x1 - x2;
        var dy = y1 - y2;
        var dz = z1 - z2;
        return (dx * dx) + (dy * dy) + (dz * dz);
    }
}
