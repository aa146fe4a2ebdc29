namespace Linkwork.Data.Search;

internal sealed partial class SearchExecutor
{
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
    /// (a list), those open in its quarter hour or with its taxonomy terms (a bitset), or — both null — every document.
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
    /// or the quarter hour's documents, whichever is smallest), or null if none rules out at least half.
    /// </summary>
    private (ulong[]? Set, long Size) Restriction(SearchQuery query, CandidateFilter filter)
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

        return options.Count == 0 || options.Min(o => o.Size) > documents.Count / 2 ? (null, long.MaxValue) : (options.MinBy(o => o.Size).Set, options.Min(o => o.Size));
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
}
