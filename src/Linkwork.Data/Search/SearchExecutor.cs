namespace Linkwork.Data.Search;

/// <summary>
/// Runs one search against the index's structures (under the index's read lock). It picks where candidates
/// come from — the text postings, the grid cells inside the radius, the smallest attribute source, or the
/// whole directory — and hands each candidate once to a <see cref="MatchCollector"/>, which filters, counts
/// facets and keeps the top k as it goes.
/// </summary>
internal sealed class SearchExecutor(
    DocumentStore documents,
    TextIndex text,
    SpatialGrid places,
    OpeningHours hours,
    AttributeLists lists,
    BrowseOrder browse,
    GrowableArray<int> withoutLocation,
    SynonymTable synonyms,
    TextPlan plan)
{
    /// <summary>Below this many matches, measuring each is cheaper than a nearest-first walk of the grid.</summary>
    private const int DirectDistanceLimit = 100_000;

    private readonly TextScorer scorer = new(text, documents, plan);
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
                var (list, set, size) = filter.FiltersAttributes ? Source(query, filter) : (null, null, long.MaxValue);
                var useSource = (list is not null || set is not null) && scorer.PrefersSource(textQuery, size);
                var source = !useSource ? [] : list is not null ? list.AsSpan() : Expand(set!, query.IncludeClosed, scratch);
                if (useSource)
                {
                    collector.Filter = filter.Without(need: list is not null, taxonomy: set is not null && set == filter.TaxonomyDocuments);
                }

                scorer.Evaluate(textQuery, collector, scratch, source, useSource, useSource ? null : Restriction(query, filter));
                ranked = scratch.Top.Sorted();
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
    /// Every location within the radius, from the cells that overlap it: each document keeps its nearest
    /// location's squared chord, then documents are read back in ascending order and collected.
    /// </summary>
    private Candidate[] WithinRadius(SearchQuery query, double radiusKm, MatchCollector collector, SearchScratch scratch)
    {
        var best = scratch.Best;
        var marks = scratch.Marks;
        var limit = collector.RadiusChordSquared;
        foreach (var cell in places.CellsNear(query.Latitude!.Value, query.Longitude!.Value, radiusKm))
        {
            var entries = cell.Entries.Items;
            var (offsetX, offsetY, offsetZ) = (cell.CentreX - collector.X, cell.CentreY - collector.Y, cell.CentreZ - collector.Z);
            for (var i = 0; i < cell.Entries.Count; i++)
            {
                ref readonly var entry = ref entries[i];
                var chord = (float)GridCell.ChordSquared(entry, offsetX, offsetY, offsetZ);
                if (chord > limit)
                {
                    continue;
                }

                var document = entry.Document;
                ref var word = ref marks[document >> 6];
                var bit = 1UL << document;
                if ((word & bit) == 0)
                {
                    word |= bit;
                    best[document] = chord;
                }
                else if (chord < best[document])
                {
                    best[document] = chord;
                }
            }
        }

        for (var w = 0; w < Bits.WordsFor(documents.Count); w++)
        {
            var word = marks[w];
            if (word == 0)
            {
                continue;
            }

            marks[w] = 0;
            while (word != 0)
            {
                var document = (w << 6) + Bits.Lowest(word);
                word &= word - 1;
                collector.AddByDistance(document, best[document]);
                best[document] = 0;
            }
        }

        return scratch.Top.Sorted();
    }

    /// <summary>No text, no radius, no attribute filter: the totals are kept up to date, the page is read off an order.</summary>
    private List<Candidate> Unfiltered(SearchQuery query, int today, int k, MatchCollector collector, CandidateFilter filter, SearchScratch scratch)
    {
        var facets = scratch.Facets;
        facets.AddAll(documents.ActiveTotals);
        if (query.IncludeClosed)
        {
            facets.AddAll(documents.ClosedTotals);
        }

        collector.Total = facets.Total();
        if (collector.HasPoint)
        {
            return Nearest(k, collector, filter, scratch);
        }

        var records = documents.Records;
        var ranked = new List<Candidate>(k);
        var fresh = FreshnessFor(today);
        foreach (var document in browse.InFreshnessOrder(today))
        {
            if (ranked.Count == k)
            {
                break;
            }

            if (filter.Accepts(document, records[document]))
            {
                ranked.Add(new Candidate { Document = document, Primary = fresh.Of(records[document]) });
            }
        }

        return ranked;
    }

    /// <summary>No text and no radius, with attribute filters: scan the smallest source that covers the matches.</summary>
    private IReadOnlyList<Candidate> Filtered(SearchQuery query, int k, MatchCollector collector, CandidateFilter filter, SearchScratch scratch)
    {
        var (list, set, _) = Source(query, filter);
        if (!collector.HasPoint)
        {
            // The source guarantees its own criterion: check only the others while scanning it.
            collector.Filter = filter.Without(need: list is not null, taxonomy: set is not null && set == filter.TaxonomyDocuments);
            if (set is not null)
            {
                var active = documents.ActiveBits;
                var closed = documents.ClosedBits;
                var includeClosed = query.IncludeClosed;
                for (var w = 0; w < Bits.WordsFor(documents.Count); w++)
                {
                    var word = set[w] & (includeClosed ? active[w] | closed[w] : active[w]);
                    while (word != 0)
                    {
                        collector.AddByFreshness((w << 6) + Bits.Lowest(word));
                        word &= word - 1;
                    }
                }
            }
            else if (list is not null)
            {
                foreach (var document in list.AsSpan())
                {
                    collector.AddByFreshness(document);
                }
            }
            else
            {
                for (var document = 0; document < documents.Count; document++)
                {
                    collector.AddByFreshness(document);
                }
            }

            return scratch.Top.Sorted();
        }

        // Near a point with no radius: count every match, then rank by distance the cheaper way.
        var accepted = scratch.Touched;
        foreach (var document in list is not null ? list.AsSpan() : set is not null ? Expand(set, query.IncludeClosed, scratch) : [])
        {
            if (collector.Count(document))
            {
                accepted.Add(document);
            }
        }

        if (list is null && set is null)
        {
            for (var document = 0; document < documents.Count; document++)
            {
                if (collector.Count(document))
                {
                    accepted.Add(document);
                }
            }
        }

        if (accepted.Count > DirectDistanceLimit)
        {
            return Nearest(k, collector, filter, scratch);
        }

        var details = documents.Details;
        var top = scratch.Top;
        foreach (var document in accepted.AsSpan())
        {
            var chord = places.Nearest(details[document], collector.X, collector.Y, collector.Z).ChordSquared;
            top.Offer(document, -chord, chord);
        }

        return top.Sorted();
    }

    private List<Candidate> Nearest(int k, MatchCollector collector, CandidateFilter filter, SearchScratch scratch) =>
        new NearestSearch(documents, places, new ArraySegment<int>(withoutLocation.Items, 0, withoutLocation.Count))
            .Find(collector.X, collector.Y, collector.Z, k, filter, scratch);

    /// <summary>
    /// The smallest source that holds every match of an attribute-filtered browse: the documents of its need
    /// (a list), those open in its half hour or with its taxonomy terms (a bitset), or — both null — every document.
    /// </summary>
    private (GrowableArray<int>? List, ulong[]? Set, long Size) Source(SearchQuery query, CandidateFilter filter)
    {
        long openSize = filter.OpenAtSecond != CandidateFilter.None ? hours.Population(OpeningHours.SlotOf(filter.OpenAtSecond)) : long.MaxValue;
        long needSize = filter.Need != CandidateFilter.None ? lists.WithNeed(filter.Need).Length : long.MaxValue;
        var taxonomySize = filter.TaxonomyDocuments is not null ? query.TaxonomyTermIds.Sum(t => (long)lists.WithTaxonomyTerm(t).Length) : long.MaxValue;
        var smallest = Math.Min(openSize, Math.Min(needSize, taxonomySize));
        if (smallest >= documents.Count)
        {
            return (null, null, documents.Count);
        }

        return smallest == needSize ? (lists.NeedList(filter.Need), null, smallest)
            : smallest == openSize ? (null, filter.OpenSlot, smallest)
            : (null, filter.TaxonomyDocuments, smallest);
    }

    /// <summary>
    /// A bitset holding every document that can pass the attribute filters (the need's, the taxonomy terms',
    /// or the half hour's documents, whichever is smallest), or null if none rules out at least half.
    /// </summary>
    private ulong[]? Restriction(SearchQuery query, CandidateFilter filter)
    {
        var options = new List<(long Size, ulong[] Set)>();
        if (filter.Need != CandidateFilter.None)
        {
            options.Add((lists.WithNeed(filter.Need).Length, lists.NeedBits(filter.Need)));
        }

        if (filter.TaxonomyDocuments is { } taxonomy)
        {
            options.Add((query.TaxonomyTermIds.Sum(t => (long)lists.WithTaxonomyTerm(t).Length), taxonomy));
        }

        if (filter.OpenSlot is { } slot)
        {
            options.Add((hours.Population(OpeningHours.SlotOf(filter.OpenAtSecond)), slot));
        }

        return options.Count == 0 || options.Min(o => o.Size) > documents.Count / 2 ? null : options.MinBy(o => o.Size).Set;
    }

    /// <summary>The visible documents of a bitset, in ascending order.</summary>
    private ReadOnlySpan<int> Expand(ulong[] set, bool includeClosed, SearchScratch scratch)
    {
        var active = documents.ActiveBits;
        var closed = documents.ClosedBits;
        var output = scratch.Candidates;
        for (var w = 0; w < Bits.WordsFor(documents.Count); w++)
        {
            var word = set[w] & (includeClosed ? active[w] | closed[w] : active[w]);
            while (word != 0)
            {
                output.Add((w << 6) + Bits.Lowest(word));
                word &= word - 1;
            }
        }

        return output.AsSpan();
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
