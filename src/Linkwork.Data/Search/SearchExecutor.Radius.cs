namespace Linkwork.Data.Search;

internal sealed partial class SearchExecutor
{
    /// <summary>
    /// Every location within the radius, from the cells that overlap it: each document keeps its nearest
    /// location's squared chord, then documents are read back in ascending order and collected.
    /// </summary>
    private Candidate[] WithinRadius(SearchQuery query, double radiusKm, MatchCollector collector, SearchScratch scratch)
    {
        var best = scratch.Best;
        var marks = scratch.Marks;
        MarkWithinRadius(query, radiusKm, collector, marks, best);
        foreach (var document in Bits.Drain(marks, documents.Count))
        {
            collector.AddByDistance(document, best[document]);
            best[document] = 0;
        }

        return scratch.Top.Sorted();
    }

    /// <summary>
    /// Sets the bit of every document with a location within the radius and keeps, in <paramref name="chords"/>,
    /// the squared chord to its nearest such location. Reads only the cells that overlap the circle.
    /// </summary>
    private void MarkWithinRadius(SearchQuery query, double radiusKm, MatchCollector collector, ulong[] marks, float[] chords)
    {
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
                    chords[document] = chord;
                }
                else if (chord < chords[document])
                {
                    chords[document] = chord;
                }
            }
        }
    }

    /// <summary>
    /// Sets the bit of every document with a location within the radius, without measuring more than needed:
    /// a cell wholly inside the circle marks all its documents, a cell wholly outside is skipped, and only the
    /// locations of cells on the edge are measured. (Text hits are measured later, and only if they could
    /// reach the page.)
    /// </summary>
    private void MarkDocumentsWithinRadius(SearchQuery query, double radiusKm, MatchCollector collector, ulong[] marks)
    {
        var limit = collector.RadiusChordSquared;
        var radius = Math.Sqrt(limit);
        foreach (var cell in places.CellsNear(query.Latitude!.Value, query.Longitude!.Value, radiusKm))
        {
            var entries = cell.Entries.Items;
            var count = cell.Entries.Count;
            var centreDistance = Math.Sqrt(GeoMath.ChordSquared(cell.CentreX, cell.CentreY, cell.CentreZ, collector.X, collector.Y, collector.Z));
            if (centreDistance - cell.RadiusChord > radius)
            {
                continue;
            }

            if (centreDistance + cell.RadiusChord <= radius)
            {
                for (var i = 0; i < count; i++)
                {
                    var document = entries[i].Document;
                    marks[document >> 6] |= 1UL << document;
                }

                continue;
            }

            var (offsetX, offsetY, offsetZ) = (cell.CentreX - collector.X, cell.CentreY - collector.Y, cell.CentreZ - collector.Z);
            for (var i = 0; i < count; i++)
            {
                ref readonly var entry = ref entries[i];
                if (GridCell.ChordSquared(entry, offsetX, offsetY, offsetZ) <= limit)
                {
                    marks[entry.Document >> 6] |= 1UL << entry.Document;
                }
            }
        }
    }

    /// <summary>Clears a bitset over the documents, for the next search.</summary>
    private void ClearBits(ulong[] marks) => Array.Clear(marks, 0, Bits.WordsFor(documents.Count));
}
