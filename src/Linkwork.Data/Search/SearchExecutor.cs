namespace Linkwork.Data.Search;

/// <summary>
/// Runs one search against the index's structures (under the index's read lock). It picks where candidates
/// come from — the text postings, the grid cells inside the radius, the shortest attribute list, or the
/// whole directory — then checks each candidate once against every filter, counting facets and keeping the
/// top k as it goes.
/// </summary>
internal sealed class SearchExecutor(
    DocumentStore documents,
    TextIndex text,
    SpatialGrid places,
    OpeningHours hours,
    AttributeLists lists,
    BrowseOrder browse,
    GrowableArray<int> withoutLocation,
    SynonymTable synonyms)
{
    /// <summary>Below this many matches, measuring each is cheaper than a nearest-first walk of the grid.</summary>
    private const int DirectDistanceLimit = 100_000;

    private readonly TextScorer scorer = new(text, documents);

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

        var run = new Run(query, today.DayNumber, k, textQuery, scratch);
        var filter = BuildFilter(query, scratch);
        try
        {
            scratch.Facets.Reset(documents.Languages.Count);
            var order = textQuery is not null ? HitOrder.Relevance : run.HasPoint ? HitOrder.Distance : HitOrder.Freshness;
            scratch.Top.Reset(k, order, documents);
            IReadOnlyList<Candidate> ranked;
            if (textQuery is not null)
            {
                ranked = ByText(run, textQuery, filter);
            }
            else if (query.RadiusKm is { } radius)
            {
                ranked = WithinRadius(run, radius, filter);
            }
            else if (!filter.FiltersAttributes)
            {
                ranked = Unfiltered(run, filter);
            }
            else
            {
                ranked = Filtered(run, filter);
            }

            var hits = ranked.Skip((int)Math.Min(offset, int.MaxValue)).Take(pageSize).Select(c => Hit(run, c, order)).ToList();
            return new SearchResults(run.Total, query.Page, pageSize, hits, scratch.Facets.ToFacets(documents.Languages));
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

    private Candidate[] ByText(Run run, TextQuery textQuery, CandidateFilter filter)
    {
        var scratch = run.Scratch;
        scorer.Score(textQuery, scratch);
        var records = documents.Records;
        var scores = scratch.Scores;
        var masks = scratch.Masks;
        var facets = scratch.Facets;
        var top = scratch.Top;
        var unlocated = Ranking.Nearness(Ranking.HalfScoreDistanceKm);
        foreach (var document in scratch.Touched.AsSpan())
        {
            ref readonly var record = ref records[document];
            if (!scorer.Matches(masks[document]) || !filter.Accepts(document, record))
            {
                continue;
            }

            var chord = double.PositiveInfinity;
            var nearness = 1.0;
            if (run.HasPoint)
            {
                chord = places.Nearest(record, run.X, run.Y, run.Z).ChordSquared;
                if (chord > run.RadiusChordSquared)
                {
                    continue;
                }

                // A service with no location (phone, online) is neither near nor far.
                nearness = double.IsPositiveInfinity(chord) ? unlocated : Ranking.Nearness(GeoMath.Kilometres(chord));
            }

            run.Total++;
            facets.Add(record, 1);
            top.Offer(document, scores[document] * Ranking.Freshness(record.AssuredDay, run.Today) * nearness, chord);
        }

        return top.Sorted();
    }

    private Candidate[] WithinRadius(Run run, double radiusKm, CandidateFilter filter)
    {
        var scratch = run.Scratch;
        var best = scratch.Scores;
        var masks = scratch.Masks;
        var touched = scratch.Touched;
        var limit = run.RadiusChordSquared;
        foreach (var cell in places.CellsNear(run.Query.Latitude!.Value, run.Query.Longitude!.Value, radiusKm))
        {
            var entries = cell.Entries.Items;
            var (offsetX, offsetY, offsetZ) = (cell.CentreX - run.X, cell.CentreY - run.Y, cell.CentreZ - run.Z);
            for (var i = 0; i < cell.Entries.Count; i++)
            {
                ref readonly var entry = ref entries[i];
                var chord = GridCell.ChordSquared(entry, offsetX, offsetY, offsetZ);
                if (chord > limit)
                {
                    continue;
                }

                var document = entry.Document;
                if (masks[document] == 0)
                {
                    masks[document] = 1;
                    touched.Add(document);
                    best[document] = (float)chord;
                }
                else if (chord < best[document])
                {
                    best[document] = (float)chord;
                }
            }
        }

        var records = documents.Records;
        var facets = scratch.Facets;
        var top = scratch.Top;
        foreach (var document in touched.AsSpan())
        {
            ref readonly var record = ref records[document];
            if (filter.Accepts(document, record))
            {
                run.Total++;
                facets.Add(record, 1);
                top.Offer(document, -best[document], best[document]);
            }
        }

        return top.Sorted();
    }

    private List<Candidate> Unfiltered(Run run, CandidateFilter filter)
    {
        var facets = run.Scratch.Facets;
        facets.AddAll(documents.ActiveTotals);
        if (run.Query.IncludeClosed)
        {
            facets.AddAll(documents.ClosedTotals);
        }

        run.Total = facets.Total();
        if (run.HasPoint)
        {
            return new NearestSearch(documents, places, new ArraySegment<int>(withoutLocation.Items, 0, withoutLocation.Count)).Find(run.X, run.Y, run.Z, run.K, filter, run.Scratch);
        }

        var records = documents.Records;
        var ranked = new List<Candidate>(run.K);
        foreach (var document in browse.InFreshnessOrder(run.Today))
        {
            if (ranked.Count == run.K)
            {
                break;
            }

            if (filter.Accepts(document, records[document]))
            {
                ranked.Add(new Candidate { Document = document, Primary = Ranking.Freshness(records[document].AssuredDay, run.Today) });
            }
        }

        return ranked;
    }

    private IReadOnlyList<Candidate> Filtered(Run run, CandidateFilter filter)
    {
        var scratch = run.Scratch;
        var records = documents.Records;
        var facets = scratch.Facets;
        var top = scratch.Top;
        var accepted = scratch.Touched;
        void Consider(int document)
        {
            ref readonly var record = ref records[document];
            if (!filter.Accepts(document, record))
            {
                return;
            }

            run.Total++;
            facets.Add(record, 1);
            if (run.HasPoint)
            {
                accepted.Add(document);
            }
            else
            {
                top.Offer(document, Ranking.Freshness(record.AssuredDay, run.Today), double.PositiveInfinity);
            }
        }

        ForEachCandidate(run.Query, filter, Consider);
        if (!run.HasPoint)
        {
            return top.Sorted();
        }

        if (accepted.Count > DirectDistanceLimit)
        {
            return new NearestSearch(documents, places, new ArraySegment<int>(withoutLocation.Items, 0, withoutLocation.Count)).Find(run.X, run.Y, run.Z, run.K, filter, scratch);
        }

        foreach (var document in accepted.AsSpan())
        {
            var chord = places.Nearest(records[document], run.X, run.Y, run.Z).ChordSquared;
            top.Offer(document, -chord, chord);
        }

        return top.Sorted();
    }

    /// <summary>Feeds the candidates of an attribute-filtered browse from the smallest source that covers them.</summary>
    private void ForEachCandidate(SearchQuery query, CandidateFilter filter, Action<int> consider)
    {
        var visible = VisibleWords(query.IncludeClosed);
        var sources = new List<(long Size, Action Run)>
        {
            (documents.Count, () =>
            {
                for (var document = 0; document < documents.Count; document++)
                {
                    consider(document);
                }
            }),
        };
        if (filter.OpenAtSecond != CandidateFilter.None)
        {
            var slot = OpeningHours.SlotOf(filter.OpenAtSecond);
            sources.Add((hours.Population(slot), () => ForEachBit(hours.Slot(slot), visible, consider)));
        }

        if (filter.Need != CandidateFilter.None)
        {
            var list = lists.WithNeed(filter.Need).ToArray();
            sources.Add((list.Length, () => Array.ForEach(list, consider)));
        }

        if (filter.TaxonomyDocuments is { } taxonomy)
        {
            var size = query.TaxonomyTermIds.Sum(t => (long)lists.WithTaxonomyTerm(t).Length);
            sources.Add((size, () => ForEachBit(taxonomy, visible, consider)));
        }

        sources.MinBy(s => s.Size).Run();
    }

    private void ForEachBit(ulong[] set, ulong[] visible, Action<int> consider)
    {
        var words = Bits.WordsFor(documents.Count);
        for (var w = 0; w < words; w++)
        {
            var word = set[w] & visible[w];
            while (word != 0)
            {
                consider((w << 6) + Bits.Lowest(word));
                word &= word - 1;
            }
        }
    }

    /// <summary>Documents that may be shown: active, plus temporarily closed when asked.</summary>
    private ulong[] VisibleWords(bool includeClosed)
    {
        if (!includeClosed)
        {
            return documents.ActiveBits;
        }

        var words = Bits.WordsFor(documents.Count);
        var either = new ulong[words];
        for (var w = 0; w < words; w++)
        {
            either[w] = documents.ActiveBits[w] | documents.ClosedBits[w];
        }

        return either;
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

        return new CandidateFilter(hours)
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

    private SearchHit Hit(Run run, Candidate candidate, HitOrder order)
    {
        var record = documents.Records[candidate.Document];
        double? distance = null;
        Guid? nearest = null;
        if (run.HasPoint)
        {
            var (location, chord) = places.Nearest(record, run.X, run.Y, run.Z);
            if (location >= 0)
            {
                distance = GeoMath.Kilometres(chord);
                nearest = places.LocationId(location);
            }
        }

        var score = order == HitOrder.Distance ? (distance is { } km ? Ranking.Nearness(km) : 0) : candidate.Primary;
        return new SearchHit(documents.ServiceIds[candidate.Document], score, distance, nearest, MatchedTerms(run.TextQuery, candidate.Document));
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

    private static SearchResults Empty(int page, int pageSize) =>
        new(0, page, pageSize, [], new FacetHistogram().ToFacets(new LanguageSets()));

    /// <summary>The state of one search: the query, its point as a unit vector, the page depth and the running total.</summary>
    private sealed class Run
    {
        public Run(SearchQuery query, int today, int k, TextQuery? textQuery, SearchScratch scratch)
        {
            Query = query;
            Today = today;
            K = k;
            TextQuery = textQuery;
            Scratch = scratch;
            if (query.Latitude is { } latitude && query.Longitude is { } longitude)
            {
                HasPoint = true;
                (X, Y, Z) = GeoMath.UnitVector(latitude, longitude);
            }

            RadiusChordSquared = query.RadiusKm is { } radius ? GeoMath.ChordSquared(radius) : double.PositiveInfinity;
        }

        public SearchQuery Query { get; }

        public int Today { get; }

        public int K { get; }

        public TextQuery? TextQuery { get; }

        public SearchScratch Scratch { get; }

        public bool HasPoint { get; }

        public double X { get; }

        public double Y { get; }

        public double Z { get; }

        public double RadiusChordSquared { get; }

        public int Total { get; set; }
    }
}
