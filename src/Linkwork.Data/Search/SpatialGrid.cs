namespace Linkwork.Data.Search;

/// <summary>
/// One location in a grid cell: its unit vector as an offset from the cell's centre, and the document it
/// belongs to. Offsets are tiny, so as floats they keep sub-millimetre precision where absolute float
/// coordinates would be good only to about 20 cm (enough to swap two services a few centimetres apart).
/// </summary>
internal struct CellEntry
{
    public float DX;
    public float DY;
    public float DZ;
    public int Document;
}

/// <summary>One location by number: its offset from its cell's centre, and the cell.</summary>
internal struct LocationEntry
{
    public float DX;
    public float DY;
    public float DZ;
    public int Cell;
}

/// <summary>A grid cell: its locations, stored inline so a radius scan reads them sequentially.</summary>
internal sealed class GridCell(int index, double centreX, double centreY, double centreZ, double radiusChord)
{
    public int Index { get; } = index;

    public GrowableArray<CellEntry> Entries { get; } = new(8);

    public double CentreX { get; } = centreX;

    public double CentreY { get; } = centreY;

    public double CentreZ { get; } = centreZ;

    /// <summary>The chord from the centre to the furthest corner: no location in the cell is further.</summary>
    public double RadiusChord { get; } = radiusChord;

    /// <summary>The squared chord from a point to an entry, given the point's offset from the centre (centre − point).</summary>
    public static double ChordSquared(in CellEntry entry, double offsetX, double offsetY, double offsetZ)
    {
        var dx = offsetX + entry.DX;
        var dy = offsetY + entry.DY;
        var dz = offsetZ + entry.DZ;
        return (dx * dx) + (dy * dy) + (dz * dz);
    }

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
    private readonly List<GridCell> cellsByIndex = [];

    // Cell centres again, flat (x, y, z per cell): measuring a service's own locations reads this small array
    // rather than chasing a cell object per location.
    private double[] centres = new double[48];
    // Each location by number: its offset from its cell's centre and the cell, together in 16 bytes, so
    // measuring a service's own locations reads one cache line rather than one per coordinate.
    private LocationEntry[] locations = new LocationEntry[16];
    private Guid[] ids = new Guid[16];
    private int count;

    public int CellCount => cells.Count;

    public int LocationCount => count;

    public IReadOnlyList<GridCell> Cells => cellsByIndex;

    public Guid LocationId(int location) => ids[location];

    /// <summary>
    /// Files the valid locations of a document (at most 255) and records in <paramref name="details"/> where
    /// they start, how many there are and which grid cells they span.
    /// </summary>
    public void Add(int document, IReadOnlyList<SearchLocation> locations, ref DocumentDetails details)
    {
        var first = count;
        details.MinimumRow = details.MinimumColumn = short.MaxValue;
        details.MaximumRow = details.MaximumColumn = short.MinValue;
        foreach (var location in locations)
        {
            if (count - first == byte.MaxValue || !GeoMath.IsValid(location.Latitude, location.Longitude))
            {
                continue;
            }

            if (count == this.locations.Length)
            {
                var capacity = this.locations.Length * 2;
                Array.Resize(ref this.locations, capacity);
                Array.Resize(ref ids, capacity);
            }

            var (x, y, z) = GeoMath.UnitVector(location.Latitude, location.Longitude);
            var (row, column) = RowAndColumn(location.Latitude, location.Longitude);
            details.MinimumRow = (short)Math.Min(details.MinimumRow, row);
            details.MaximumRow = (short)Math.Max(details.MaximumRow, row);
            details.MinimumColumn = (short)Math.Min(details.MinimumColumn, column);
            details.MaximumColumn = (short)Math.Max(details.MaximumColumn, column);
            var cell = CellAt(row, column);
            var entry = new CellEntry
            {
                DX = (float)(x - cell.CentreX), DY = (float)(y - cell.CentreY), DZ = (float)(z - cell.CentreZ), Document = document,
            };
            cell.Entries.Add(entry);
            this.locations[count] = new LocationEntry { DX = entry.DX, DY = entry.DY, DZ = entry.DZ, Cell = cell.Index };
            ids[count] = location.LocationId;
            count++;
        }

        details.FirstLocation = first;
        details.LocationCount = (byte)(count - first);
    }

    /// <summary>Takes a removed document's locations out of their cells (the numbered entries stay, unused).</summary>
    public void Remove(int document, in DocumentDetails details)
    {
        for (var location = details.FirstLocation; location < details.FirstLocation + details.LocationCount; location++)
        {
            RemoveEntries(cellsByIndex[locations[location].Cell].Entries, document);
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
    public (int Location, double ChordSquared) Nearest(in DocumentDetails details, double x, double y, double z)
    {
        var best = -1;
        var bestChord = double.PositiveInfinity;
        var flat = centres;
        for (var location = details.FirstLocation; location < details.FirstLocation + details.LocationCount; location++)
        {
            ref readonly var entry = ref locations[location];
            var centre = entry.Cell * 3;
            var dx = flat[centre] - x + entry.DX;
            var dy = flat[centre + 1] - y + entry.DY;
            var dz = flat[centre + 2] - z + entry.DZ;
            var chord = (dx * dx) + (dy * dy) + (dz * dz);
            if (chord < bestChord)
            {
                bestChord = chord;
                best = location;
            }
        }

        return (best, bestChord);
    }

    /// <summary>
    /// The grid rows and columns a circle can touch, or null when it crosses a pole or the antimeridian
    /// (then no cell range is a safe bound).
    /// </summary>
    public static (int MinimumRow, int MaximumRow, int MinimumColumn, int MaximumColumn)? CellRange(double latitude, double longitude, double radiusKm)
    {
        var latitudeSpan = radiusKm / GeoMath.KmPerDegreeLatitude;
        var south = latitude - latitudeSpan;
        var north = latitude + latitudeSpan;
        var widest = Math.Max(Math.Abs(south), Math.Abs(north));
        if (widest >= 89)
        {
            return null;
        }

        var longitudeSpan = radiusKm / (GeoMath.KmPerDegreeLatitude * Math.Cos(double.DegreesToRadians(widest)));
        var west = longitude - longitudeSpan;
        var east = longitude + longitudeSpan;
        if (west < -180 || east > 180)
        {
            return null;
        }

        return ((int)Math.Floor(south / CellLatitudeDegrees), (int)Math.Floor(north / CellLatitudeDegrees),
            (int)Math.Floor(west / CellLongitudeDegrees), (int)Math.Floor(east / CellLongitudeDegrees));
    }

    /// <summary>How many locations the cells near the point hold: the work of reading them.</summary>
    public long EntriesNear(double latitude, double longitude, double radiusKm) =>
        CellsNear(latitude, longitude, radiusKm).Sum(c => (long)c.Entries.Count);

    /// <summary>The cells that may hold a location within <paramref name="radiusKm"/> of the point.</summary>
    public IEnumerable<GridCell> CellsNear(double latitude, double longitude, double radiusKm)
    {
        var range = CellRange(latitude, longitude, radiusKm);
        if (range is not { } box || (long)(box.MaximumRow - box.MinimumRow + 1) * (box.MaximumColumn - box.MinimumColumn + 1) > cells.Count)
        {
            // Reading every cell (filtered by distance) is cheaper than probing a box of mostly empty cells.
            var (x, y, z) = GeoMath.UnitVector(latitude, longitude);
            var limit = Math.Sqrt(GeoMath.ChordSquared(radiusKm));
            return cellsByIndex.Where(c => c.LowerBoundChord(x, y, z) <= limit);
        }

        return Box(box.MinimumRow, box.MaximumRow, box.MinimumColumn, box.MaximumColumn);
    }

    private IEnumerable<GridCell> Box(int minimumRow, int maximumRow, int minimumColumn, int maximumColumn)
    {
        for (var row = minimumRow; row <= maximumRow; row++)
        {
            for (var column = minimumColumn; column <= maximumColumn; column++)
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
        Array.Resize(ref locations, capacity);
        Array.Resize(ref ids, capacity);
        foreach (var cell in cellsByIndex)
        {
            cell.Entries.Trim();
        }
    }

    private static (int Row, int Column) RowAndColumn(double latitude, double longitude) =>
        ((int)Math.Floor(latitude / CellLatitudeDegrees), (int)Math.Floor(longitude / CellLongitudeDegrees));

    private GridCell CellAt(int row, int column)
    {
        var key = Key(row, column);
        if (cells.TryGetValue(key, out var cell))
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

        // A little slack for float rounding of the stored offsets.
        cell = new GridCell(cellsByIndex.Count, centre.X, centre.Y, centre.Z, (radius * 1.01) + 1e-6);
        cells.Add(key, cell);
        cellsByIndex.Add(cell);
        if (centres.Length < cellsByIndex.Count * 3)
        {
            Array.Resize(ref centres, centres.Length * 2);
        }

        centres[cell.Index * 3] = centre.X;
        centres[(cell.Index * 3) + 1] = centre.Y;
        centres[(cell.Index * 3) + 2] = centre.Z;
        return cell;
    }

    private static long Key(int row, int column) => ((long)row << 32) | (uint)column;
}
