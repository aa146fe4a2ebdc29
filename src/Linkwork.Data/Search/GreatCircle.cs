namespace Linkwork.Data.Search;

/// <summary>
/// Distances between two points measured as the search index measures them, so that a caller who lists a
/// service's places by distance agrees with the index about which are within a radius.
/// </summary>
public static class GreatCircle
{
    /// <summary>The great-circle distance in kilometres between two WGS 84 points given in degrees.</summary>
    public static double Kilometres(double latitude1, double longitude1, double latitude2, double longitude2)
    {
        var (x1, y1, z1) = GeoMath.UnitVector(latitude1, longitude1);
        var (x2, y2, z2) = GeoMath.UnitVector(latitude2, longitude2);
        return GeoMath.Kilometres(GeoMath.ChordSquared(x1, y1, z1, x2, y2, z2));
    }
}
