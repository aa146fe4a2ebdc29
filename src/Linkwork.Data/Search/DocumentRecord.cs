namespace Linkwork.Data.Search;

/// <summary>
/// What every scan reads about a service — status, facet key, language set, assured date — packed into
/// 8 bytes, so that checking a hundred thousand candidates streams 8 bytes each rather than a whole cache
/// line. Everything read only by some filters lives in <see cref="DocumentDetails"/>.
/// </summary>
internal struct DocumentRecord
{
    /// <summary>Need, delivery modes, free and capacity packed by <see cref="FacetKeys"/>.</summary>
    public ushort FacetKey;

    /// <summary>Index into <see cref="LanguageSets"/>.</summary>
    public ushort LanguageSet;

    /// <summary>The assured date as days since <see cref="AssuredEpoch"/> plus one; 0 when unassured.</summary>
    public ushort Assured;

    /// <summary>A <see cref="Domain.Directory.ServiceStatus"/> value, or <see cref="Removed"/>.</summary>
    public byte Status;

    public byte Flags;

    /// <summary>The status of a document number whose service was removed or replaced.</summary>
    public const byte Removed = byte.MaxValue;

    public const byte AcceptsReferralsFlag = 1;

    /// <summary>Every opening starts and ends on a quarter hour (a slot boundary), so the slot bitset alone answers open-at.</summary>
    public const byte OpeningsOnSlotBoundariesFlag = 2;

    /// <summary>1 January 2000: assured dates from then to 2179 fit in 16 bits (earlier ones count as that day).</summary>
    public static readonly int AssuredEpoch = new DateOnly(2000, 1, 1).DayNumber;

    public readonly bool AcceptsReferrals => (Flags & AcceptsReferralsFlag) != 0;

    public readonly bool OpeningsOnSlotBoundaries => (Flags & OpeningsOnSlotBoundariesFlag) != 0;

    public readonly bool IsAssured => Assured != 0;

    /// <summary>The assured date's <see cref="DateOnly.DayNumber"/> (only when <see cref="IsAssured"/>).</summary>
    public readonly int AssuredDay => AssuredEpoch + Assured - 1;

    public static ushort PackAssured(DateOnly? date) =>
        date is { } d ? (ushort)(Math.Clamp(d.DayNumber - AssuredEpoch, 0, ushort.MaxValue - 1) + 1) : (ushort)0;
}
