namespace Linkwork.Data.Search;

/// <summary>
/// Runs one search against the index's structures (under the index's read lock). It picks where candidates
/// come from — the text postings, the grid cells inside the radius, the smallest attribute source, or the
/// whole directory — and hands each candidate once to a <see cref="MatchCollector"/>, which filters, counts
/// facets and keeps the top k as it goes.
/// </summary>
internal sealed partial class SearchExecutor(
    DocumentStore documents,
    TextIndex text,
    SpatialGrid places,
    OpeningHours hours,
    AttributeLists lists,
    BrowseOrder browse,
    GrowableArray<int> withoutLocation,
    SynonymTable synonyms,
    SearchTuning tuning)
{
    /// <summary>
    /// Work out a text query's radius first when its cells hold fewer than this many locations per text
    /// candidate: marking a location from a cell (read in order) costs about an eighth of checking a text
    /// match's cells and measuring it (read at random), as measured on the benchmark.
    /// </summary>
    private const int RadiusFirstRatio = 8;

    /// <summary>Below this many matches, measuring each is cheaper than a nearest-first walk of the grid.</summary>
    private const int DirectDistanceLimit = 100_000;

    private readonly TextScorer scorer = new(text, documents, tuning.Plan);
    private FreshnessTable? freshness;

    public SearchResults Execute(SearchQuery query, DateOnly today, SearchScratch scratch)
    {
        var pageSize = Math.Min(query.PageSize, SearchQuery.MaxPageSize);
        var offset = (long)(query.Page - 1) * pageSize;
        var k = offset >= SearchQuery.MaxResultWindow ? 0 : (int)Math.Min(offset + pageSize, SearchQuery.MaxResultWindow);
        var textQuery = string.IsNullOrWhiteSpace(query.Text) ? null : TextQueryCompiler.Compile(query.Text, text, synonyms);
        if (textQuery is { MatchesNothing: true })
        {
            return Empty(query.Page, pageSize);
        }

        var filter = BuildFilter(query, scratch);
        try
        {
            scratch.Facets.Reset(documents.Languages.Count);
            var order = textQuery is not null ? HitOrder.Relevance : query.Latitude.HasValue ? HitOrder.Distance : HitOrder.Freshness;
            scratch.Top.Reset(k, order, documents);
            var point = query.Latitude is { } latitude ? GeoMath.UnitVector(latitude, query.Longitude!.Value) : default;
            var collector = new MatchCollector(documents, filter, scratch.Facets, scratch.Top, places, FreshnessFor(today.DayNumber))
            {
                RadiusCells = query.RadiusKm is { } reach ? SpatialGrid.CellRange(query.Latitude!.Value, query.Longitude!.Value, reach) : null,
                HasPoint = query.Latitude.HasValue,
                X = point.X,
                Y = point.Y,
                Z = point.Z,
                RadiusChordSquared = query.RadiusKm is { } radius ? GeoMath.ChordSquared(radius) : double.PositiveInfinity,
            };
            IReadOnlyList<Candidate> ranked;
            if (textQuery is not null)
            {
                ranked = ByText(query, textQuery, collector, filter, scratch);
            }
            else if (query.RadiusKm is { } radiusKm)
            {
                ranked = WithinRadius(query, radiusKm, collector, scratch);
            }
            else if (!filter.FiltersAttributes)
            {
                ranked = Unfiltered(query, today.DayNumber, k, collector, filter, scratch);
            }
            else
            {
                ranked = Filtered(query, k, collector, filter, scratch);
            }

            var hits = ranked.Skip((int)Math.Min(offset, int.MaxValue)).Take(pageSize).Select(c => Hit(collector, textQuery, c, order)).ToList();
            return new SearchResults(collector.Total, query.Page, pageSize, hits, scratch.Facets.ToFacets(documents.Languages));
        }
        finally
        {
            if (filter.TaxonomyDocuments is not null)
            {
                SetTaxonomyBits(query, scratch.Taxonomy, set: false);
            }

            scratch.ResetTouched();
        }
    }

    /// <summary>
    /// A text query: read from the postings (skipping documents outside the smallest attribute bitset), or by
    /// looking up a small filter source in the text index. With a radius whose cells hold fewer locations than
    /// the text has postings, the radius is worked out first and joins the restriction, so text matches far
    /// away cost one bit test.
    /// </summary>
    private Candidate[] ByText(SearchQuery query, TextQuery textQuery, MatchCollector collector, CandidateFilter filter, SearchScratch scratch)
    {
        var (list, set, size) = filter.FiltersAttributes ? Source(query, filter) : (null, null, long.MaxValue);
        var useSource = (list is not null || set is not null) && scorer.PrefersSource(textQuery, size);
        var source = !useSource ? [] : list is not null ? list.AsSpan() : Expand(set!, query.IncludeClosed, scratch);
        if (useSource)
        {
            collector.Filter = filter.Without(need: list is not null, taxonomy: set is not null && set == filter.TaxonomyDocuments);
        }

        var (restrict, restrictSize) = useSource ? (null, long.MaxValue) : Restriction(query, filter);
        var candidates = useSource ? source.Length : Math.Min(textQuery.Clauses.Sum(c => c.Cost), restrictSize);
        var radiusFirst = query.RadiusKm is { } radiusKm
            && (tuning.RadiusFirst ?? places.EntriesNear(query.Latitude!.Value, query.Longitude!.Value, radiusKm) < candidates * RadiusFirstRatio);
        try
        {
            if (radiusFirst)
            {
                MarkDocumentsWithinRadius(query, query.RadiusKm!.Value, collector, scratch.Within);
                collector.Within = scratch.Within;
                restrict = restrict is null ? scratch.Within : Intersect(restrict, scratch.Within, scratch.Combined);
            }

            scorer.Evaluate(textQuery, collector, scratch, source, useSource, restrict);
            return scratch.Top.Sorted();
        }
        finally
        {
            if (radiusFirst)
            {
                ClearBits(scratch.Within);
            }
        }
    }

    private ulong[] Intersect(ulong[] a, ulong[] b, ulong[] into)
    {
        for (var w = 0; w < Bits.WordsFor(documents.Count); w++)
        {
            into[w] = (w < a.Length ? a[w] : 0) & (w < b.Length ? b[w] : 0);
        }

        return into;
    }

    private FreshnessTable FreshnessFor(int today)
    {
        var table = Volatile.Read(ref freshness);
        if (table is null || table.Today != today)
        {
            // Concurrent searches may each build one on a new day; any of them is correct.
            table = new FreshnessTable(today);
            Volatile.Write(ref freshness, table);
        }

        return table;
    }

    private CandidateFilter BuildFilter(SearchQuery query, SearchScratch scratch)
    {
        var openAt = query.OpenAt is { } at ? OpeningHours.SecondOfWeek(at) : CandidateFilter.None;
        ulong[]? taxonomy = null;
        if (query.TaxonomyTermIds.Count > 0)
        {
            taxonomy = scratch.Taxonomy;
            SetTaxonomyBits(query, taxonomy, set: true);
        }

        return new CandidateFilter(hours, documents.Details)
        {
            MaxStatus = query.IncludeClosed ? (byte)1 : (byte)0,
            ReferralsOnly = query.ReferralsOnly,
            Need = query.Need is { } need ? (int)need : CandidateFilter.None,
            Age = query.Age is { } age ? Math.Min(age, byte.MaxValue - 1) : CandidateFilter.None,
            LanguageSets = string.IsNullOrWhiteSpace(query.Language) ? null : documents.Languages.Containing(query.Language),
            FreeOnly = query.FreeOnly,
            ModeMask = (int)(query.Mode ?? 0) & 7,
            TaxonomyDocuments = taxonomy,
            OpenAtSecond = openAt,
            OpenSlot = openAt == CandidateFilter.None ? null : hours.Slot(OpeningHours.SlotOf(openAt)),
        }.Seal();
    }

    private void SetTaxonomyBits(SearchQuery query, ulong[] bits, bool set)
    {
        foreach (var term in query.TaxonomyTermIds)
        {
            foreach (var document in lists.WithTaxonomyTerm(term))
            {
                if (set)
                {
                    Bits.Set(bits, document);
                }
                else
                {
                    Bits.Clear(bits, document);
                }
            }
        }
    }

    private SearchHit Hit(MatchCollector collector, TextQuery? textQuery, Candidate candidate, HitOrder order)
    {
        double? distance = null;
        Guid? nearest = null;
        if (collector.HasPoint)
        {
            var (location, chord) = places.Nearest(documents.Details[candidate.Document], collector.X, collector.Y, collector.Z);
            if (location >= 0)
            {
                distance = GeoMath.Kilometres(chord);
                nearest = places.LocationId(location);
            }
        }

        var score = order == HitOrder.Distance ? (distance is { } km ? Ranking.Nearness(km) : 0) : candidate.Primary;
        return new SearchHit(documents.ServiceIds[candidate.Document], score, distance, nearest, MatchedTerms(textQuery, candidate.Document));
    }

    /// <summary>The terms of every alternative the document fully contains, for highlighting.</summary>
    private List<string> MatchedTerms(TextQuery? textQuery, int document)
    {
        var matched = new List<string>();
        if (textQuery is null)
        {
            return matched;
        }

        foreach (var alternative in textQuery.Clauses.SelectMany(c => c.Alternatives))
        {
            if (alternative.Terms.All(t => text.Postings(t).Find(document, 0) >= 0))
            {
                matched.AddRange(alternative.Terms.Select(text.Term).Where(t => !matched.Contains(t)));
            }
        }

        return matched;
    }

    public string Explain(string queryText)
    {
        var compiled = TextQueryCompiler.Compile(queryText, text, synonyms);
        if (compiled is null)
        {
            return "no searchable words";
        }

        var lines = compiled.Clauses.Select((clause, i) => $"clause {i + 1}: " + string.Join(" | ", clause.Alternatives.Select(a =>
            string.Join('+', a.Terms.Select(t => $"{text.Term(t)}({text.Postings(t).Count})")) + $" ×{a.Weight:0.00}")));
        return string.Join('\n', lines.Prepend($"{compiled.Clauses.Count} clauses, {compiled.MinimumClauses} required"));
    }

    private static SearchResults Empty(int page, int pageSize) =>
        new(0, page, pageSize, [], new FacetHistogram().ToFacets(new LanguageSets()));
}
