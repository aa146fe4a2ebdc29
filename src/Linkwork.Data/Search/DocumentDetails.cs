namespace Linkwork.Data.Search;

/// <summary>
/// What only some filters read about a service: age range, where its locations and openings are stored, and
/// the grid cells its locations span (so a radius can rule most services out without measuring them).
/// 24 bytes, in a second array beside <see cref="DocumentRecord"/>.
/// </summary>
internal struct DocumentDetails
{
    /// <summary>First entry in the location arrays; the service's locations are consecutive.</summary>
    public int FirstLocation;

    /// <summary>First entry in the opening arrays; the service's openings are consecutive.</summary>
    public int FirstOpening;

    /// <summary>The grid rows and columns the locations fall in (min &gt; max when there are none).</summary>
    public short MinimumRow;
    public short MaximumRow;
    public short MinimumColumn;
    public short MaximumColumn;

    public byte LocationCount;

    public byte OpeningCount;

    /// <summary>Youngest eligible age; 0 when open.</summary>
    public byte MinimumAge;

    /// <summary>Oldest eligible age; <see cref="byte.MaxValue"/> when open.</summary>
    public byte MaximumAge;

    /// <summary>Whether any location can lie in the given range of grid rows and columns.</summary>
    public readonly bool Overlaps(int minimumRow, int maximumRow, int minimumColumn, int maximumColumn) =>
        MinimumRow <= maximumRow && MaximumRow >= minimumRow && MinimumColumn <= maximumColumn && MaximumColumn >= minimumColumn;
}
