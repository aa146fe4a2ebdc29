namespace Linkwork.Data.Search;

/// <summary>One location in a grid cell: its unit vector, and the document it belongs to.</summary>
internal struct CellEntry
{
    public float X;
    public float Y;
    public float Z;
    public int Document;
}

/// <summary>A grid cell: its locations, stored inline so a radius scan reads them sequentially.</summary>
internal sealed class GridCell(double centreX, double centreY, double centreZ, double radiusChord)
{
    public GrowableArray<CellEntry> Entries { get; } = new(8);

    public double CentreX { get; } = centreX;

    public double CentreY { get; } = centreY;

    public double CentreZ { get; } = centreZ;

    /// <summary>The chord from the centre to the furthest corner: no location in the cell is further.</summary>
    public double RadiusChord { get; } = radiusChord;

    /// <summary>No location in this cell is nearer than this chord to the point.</summary>
    public double LowerBoundChord(double x, double y, double z) =>
        Math.Max(0, Math.Sqrt(GeoMath.ChordSquared(CentreX, CentreY, CentreZ, x, y, z)) - RadiusChord);
}

/// <summary>
/// The locations of every service, filed in cells of 0.01° latitude by 0.016° longitude (about 1.1 × 1.1 km
/// at Rotherham's latitude), so that a radius query reads only the cells that overlap its circle. Each
/// location is also kept by number, so a service's own locations can be measured directly.
/// Cells do not wrap at ±180° longitude; a circle crossing the antimeridian falls back to reading every cell.
/// </summary>
internal sealed class SpatialGrid
{
    public const double CellLatitudeDegrees = 0.01;
    public const double CellLongitudeDegrees = 0.016;

    private readonly Dictionary<long, GridCell> cells = [];
    private float[] xs = new float[16];
    private float[] ys = new float[16];
    private float[] zs = new float[16];
    private Guid[] ids = new Guid[16];
    private int count;

    public int CellCount => cells.Count;

    public IEnumerable<GridCell> Cells => cells.Values;

    public Guid LocationId(int location) => ids[location];

    /// <summary>Files the valid locations of a document (at most 255); returns where they start and how many there are.</summary>
    public (int First, byte Count) Add(int document, IReadOnlyList<SearchLocation> locations)
    {
        var first = count;
        foreach (var location in locations)
        {
            if (count - first == byte.MaxValue || !GeoMath.IsValid(location.Latitude, location.Longitude))
            {
                continue;
            }

            if (count == xs.Length)
            {
                var capacity = xs.Length * 2;
                Array.Resize(ref xs, capacity);
                Array.Resize(ref ys, capacity);
                Array.Resize(ref zs, capacity);
                Array.Resize(ref ids, capacity);
            }

            var (x, y, z) = GeoMath.UnitVector(location.Latitude, location.Longitude);
            xs[count] = (float)x;
            ys[count] = (float)y;
            zs[count] = (float)z;
            ids[count] = location.LocationId;
            CellAt(location.Latitude, location.Longitude, create: true)!.Entries.Add(new CellEntry
            {
                X = (float)x, Y = (float)y, Z = (float)z, Document = document,
            });
            count++;
        }

        return (first, (byte)(count - first));
    }

    /// <summary>Takes a removed document's locations out of their cells (the numbered entries stay, unused).</summary>
    public void Remove(int document, in DocumentRecord record)
    {
        for (var location = record.FirstLocation; location < record.FirstLocation + record.LocationCount; location++)
        {
            // The cell is recomputed from the stored float vector, which can round across a cell edge:
            // look in the neighbouring cells too.
            var (latitude, longitude) = LatitudeLongitude(location);
            var row = (int)Math.Floor(latitude / CellLatitudeDegrees);
            var column = (int)Math.Floor(longitude / CellLongitudeDegrees);
            for (var r = row - 1; r <= row + 1; r++)
            {
                for (var c = column - 1; c <= column + 1; c++)
                {
                    if (cells.TryGetValue(Key(r, c), out var cell))
                    {
                        RemoveEntries(cell.Entries, document);
                    }
                }
            }
        }
    }

    private static void RemoveEntries(GrowableArray<CellEntry> entries, int document)
    {
        for (var i = entries.Count - 1; i >= 0; i--)
        {
            if (entries.Items[i].Document == document)
            {
                entries.RemoveAtBySwap(i);
            }
        }
    }

    /// <summary>The document's nearest location to a unit vector, and its squared chord; (−1, ∞) with no locations.</summary>
    public (int Location, double ChordSquared) Nearest(in DocumentRecord record, double x, double y, double z)
    {
        var best = -1;
        var bestChord = double.PositiveInfinity;
        for (var location = record.FirstLocation; location < record.FirstLocation + record.LocationCount; location++)
        {
            var chord = GeoMath.ChordSquared(xs[location], ys[location], zs[location], x, y, z);
            if (chord < bestChord)
            {
                bestChord = chord;
                best = location;
            }
        }

        return (best, bestChord);
    }

    /// <summary>The cells that may hold a location within <paramref name="radiusKm"/> of the point.</summary>
    public IEnumerable<GridCell> CellsNear(double latitude, double longitude, double radiusKm)
    {
        var latitudeSpan = radiusKm / GeoMath.KmPerDegreeLatitude;
        var south = Math.Max(-90, latitude - latitudeSpan);
        var north = Math.Min(90, latitude + latitudeSpan);
        var widest = Math.Max(Math.Abs(south), Math.Abs(north));
        var longitudeSpan = widest >= 89 ? 360 : radiusKm / (GeoMath.KmPerDegreeLatitude * Math.Cos(double.DegreesToRadians(widest)));
        var west = longitude - longitudeSpan;
        var east = longitude + longitudeSpan;
        var rows = (long)Math.Floor(north / CellLatitudeDegrees) - (long)Math.Floor(south / CellLatitudeDegrees) + 1;
        var columns = (long)Math.Floor(east / CellLongitudeDegrees) - (long)Math.Floor(west / CellLongitudeDegrees) + 1;
        if (west < -180 || east > 180 || rows * columns > cells.Count)
        {
            // Reading every cell (filtered by distance) is cheaper than probing a box of mostly empty cells.
            var (x, y, z) = GeoMath.UnitVector(latitude, longitude);
            var limit = Math.Sqrt(GeoMath.ChordSquared(radiusKm));
            return cells.Values.Where(c => c.LowerBoundChord(x, y, z) <= limit);
        }

        return Box(south, north, west, east);
    }

    private IEnumerable<GridCell> Box(double south, double north, double west, double east)
    {
        for (var row = (int)Math.Floor(south / CellLatitudeDegrees); row <= (int)Math.Floor(north / CellLatitudeDegrees); row++)
        {
            for (var column = (int)Math.Floor(west / CellLongitudeDegrees); column <= (int)Math.Floor(east / CellLongitudeDegrees); column++)
            {
                if (cells.TryGetValue(Key(row, column), out var cell))
                {
                    yield return cell;
                }
            }
        }
    }

    public void Trim()
    {
        var capacity = Math.Max(count, 16);
        Array.Resize(ref xs, capacity);
        Array.Resize(ref ys, capacity);
        Array.Resize(ref zs, capacity);
        Array.Resize(ref ids, capacity);
        foreach (var cell in cells.Values)
        {
            cell.Entries.Trim();
        }
    }

    private (double Latitude, double Longitude) LatitudeLongitude(int location)
    {
        var latitude = double.RadiansToDegrees(Math.Asin(Math.Clamp(zs[location], -1f, 1f)));
        var longitude = double.RadiansToDegrees(Math.Atan2(ys[location], xs[location]));
        return (latitude, longitude);
    }

    private GridCell? CellAt(double latitude, double longitude, bool create)
    {
        var row = (int)Math.Floor(latitude / CellLatitudeDegrees);
        var column = (int)Math.Floor(longitude / CellLongitudeDegrees);
        var key = Key(row, column);
        if (cells.TryGetValue(key, out var cell) || !create)
        {
            return cell;
        }

        var centre = GeoMath.UnitVector((row + 0.5) * CellLatitudeDegrees, (column + 0.5) * CellLongitudeDegrees);
        var radius = 0.0;
        foreach (var (cornerRow, cornerColumn) in (ReadOnlySpan<(int, int)>)[(row, column), (row + 1, column), (row, column + 1), (row + 1, column + 1)])
        {
            var corner = GeoMath.UnitVector(cornerRow * CellLatitudeDegrees, cornerColumn * CellLongitudeDegrees);
            radius = Math.Max(radius, Math.Sqrt(GeoMath.ChordSquared(centre.X, centre.Y, centre.Z, corner.X, corner.Y, corner.Z)));
        }

        // A little slack for float rounding of the stored vectors.
        cell = new GridCell(centre.X, centre.Y, centre.Z, (radius * 1.01) + 1e-6);
        cells.Add(key, cell);
        return cell;
    }

    private static long Key(int row, int column) => ((long)row << 32) | (uint)column;
}
