namespace Linkwork.Data.Search;

/// <summary>
/// Everything a filter or a facet reads about one service, packed into 24 bytes so that checking a candidate
/// touches one cache line. Stored in an array indexed by document number.
/// </summary>
internal struct DocumentRecord
{
    /// <summary><see cref="DateOnly.DayNumber"/> of the assured date, or <see cref="Unassured"/>.</summary>
    public int AssuredDay;

    /// <summary>Index into <see cref="LanguageSets"/>.</summary>
    public int LanguageSet;

    /// <summary>First entry in the location arrays; the service's locations are consecutive.</summary>
    public int FirstLocation;

    /// <summary>First entry in the opening arrays; the service's openings are consecutive.</summary>
    public int FirstOpening;

    /// <summary>Need, delivery modes, free and capacity packed by <see cref="FacetKeys"/>.</summary>
    public ushort FacetKey;

    /// <summary>A <see cref="Domain.Directory.ServiceStatus"/> value, or <see cref="Removed"/>.</summary>
    public byte Status;

    public byte Flags;

    /// <summary>Youngest eligible age; 0 when open.</summary>
    public byte MinimumAge;

    /// <summary>Oldest eligible age; <see cref="byte.MaxValue"/> when open.</summary>
    public byte MaximumAge;

    public byte LocationCount;

    public byte OpeningCount;

    public const int Unassured = int.MinValue;

    /// <summary>The status of a document number whose service was removed or replaced.</summary>
    public const byte Removed = byte.MaxValue;

    public const byte AcceptsReferralsFlag = 1;

    /// <summary>Every opening starts and ends on a slot boundary, so the slot bitset alone answers open-at.</summary>
    public const byte OpeningsOnSlotBoundariesFlag = 2;

    public readonly bool AcceptsReferrals => (Flags & AcceptsReferralsFlag) != 0;

    public readonly bool OpeningsOnSlotBoundaries => (Flags & OpeningsOnSlotBoundariesFlag) != 0;
}
