using System.Runtime.CompilerServices;

namespace Linkwork.Data.Search;

/// <summary>
/// Where every candidate of a search ends up: checked against the filters once, counted into the total and
/// the facets, and offered to the top k with its ranking value. The three entry points are small and
/// inlined into the scanning loops, so a candidate that fails a filter or cannot reach the page costs a few
/// nanoseconds.
/// </summary>
internal sealed class MatchCollector
{
    private readonly DocumentRecord[] records;
    private readonly DocumentDetails[] details;
    private CandidateFilter filter;
    private readonly FacetHistogram facets;
    private readonly TopHits top;
    private readonly SpatialGrid places;
    private readonly FreshnessTable freshness;
    private readonly double unlocatedNearness = Ranking.Nearness(Ranking.HalfScoreDistanceKm);

    public MatchCollector(
        DocumentStore documents, CandidateFilter filter, FacetHistogram facets, TopHits top, SpatialGrid places, FreshnessTable freshness)
    {
        records = documents.Records;
        details = documents.Details;
        this.filter = filter;
        this.facets = facets;
        this.top = top;
        this.places = places;
        this.freshness = freshness;
    }

    public int Total { get; set; }

    /// <summary>The filters candidates are checked against; a scan of a need list swaps in a filter that skips the need.</summary>
    public CandidateFilter Filter
    {
        get => filter;
        set => filter = value;
    }

    public bool HasPoint { get; init; }

    public double X { get; init; }

    public double Y { get; init; }

    public double Z { get; init; }

    public double RadiusChordSquared { get; init; } = double.PositiveInfinity;

    /// <summary>The grid rows and columns the radius can reach; a service whose locations all lie outside is out without measuring.</summary>
    public (int MinimumRow, int MaximumRow, int MinimumColumn, int MaximumColumn)? RadiusCells
    {
        get => hasRadiusCells ? (minimumRow, maximumRow, minimumColumn, maximumColumn) : null;
        init
        {
            hasRadiusCells = value.HasValue;
            (minimumRow, maximumRow, minimumColumn, maximumColumn) = value ?? default;
        }
    }

    /// <summary>
    /// When the radius was worked out before the text (see <see cref="SearchScratch.Within"/>): the documents
    /// with a location within it. A text match outside costs one bit test; one inside is measured only if it
    /// could reach the page.
    /// </summary>
    public ulong[]? Within { get; set; }

    // The radius cells as plain fields: read for every candidate, so no nullable tuple is copied.
    private readonly bool hasRadiusCells;
    private readonly int minimumRow;
    private readonly int maximumRow;
    private readonly int minimumColumn;
    private readonly int maximumColumn;

    /// <summary>A text match: BM25 blended with freshness and, when a point was given, nearness (and the radius applied).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddText(int document, float textScore)
    {
        var within = Within;
        if (within is not null)
        {
            if (!Bits.Get(within, document))
            {
                return;
            }
        }
        else if (hasRadiusCells && !details[document].Overlaps(minimumRow, maximumRow, minimumColumn, maximumColumn))
        {
            // The radius's cells rule most services out before any other check (one read of their details).
            return;
        }

        ref readonly var record = ref records[document];
        if (!filter.Accepts(document, record))
        {
            return;
        }

        var chord = double.PositiveInfinity;
        var nearness = 1.0;
        var fresh = textScore * freshness.Of(record);
        if (HasPoint)
        {
            if ((within is not null || double.IsPositiveInfinity(RadiusChordSquared)) && fresh < top.Threshold)
            {
                // Known to be within any radius, and even at distance zero it would not reach the page:
                // count it, do not measure it.
                Total++;
                facets.Count(record);
                return;
            }

            chord = places.Nearest(details[document], X, Y, Z).ChordSquared;
            if (chord > RadiusChordSquared)
            {
                return;
            }

            // A service with no location (phone, online) is neither near nor far.
            nearness = double.IsPositiveInfinity(chord) ? unlocatedNearness : Ranking.Nearness(GeoMath.ApproximateKilometres(chord));
        }

        Total++;
        facets.Count(record);
        var score = fresh * nearness;
        if (score >= top.Threshold)
        {
            top.Offer(document, score, chord);
        }
    }

    /// <summary>A match ordered by distance (its nearest location's squared chord is known).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddByDistance(int document, double chordSquared)
    {
        ref readonly var record = ref records[document];
        if (!filter.Accepts(document, record))
        {
            return;
        }

        Total++;
        facets.Count(record);
        if (-chordSquared >= top.Threshold)
        {
            top.Offer(document, -chordSquared, chordSquared);
        }
    }

    /// <summary>A match ordered by freshness then name.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddByFreshness(int document)
    {
        ref readonly var record = ref records[document];
        if (!filter.Accepts(document, record))
        {
            return;
        }

        Total++;
        facets.Count(record);
        var value = freshness.Of(record);
        if (value >= top.Threshold)
        {
            top.Offer(document, value, double.PositiveInfinity);
        }
    }

    /// <summary>Counts a match without ranking it (the ranking comes from elsewhere); true if it matched.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Count(int document)
    {
        ref readonly var record = ref records[document];
        if (!filter.Accepts(document, record))
        {
            return false;
        }

        Total++;
        facets.Count(record);
        return true;
    }
}
