namespace Linkwork.Data.Search;

/// <summary>
/// The k nearest matching services to a point, without measuring every service: grid cells are visited in
/// order of the least distance any location in them could have, and a service is final once no unvisited
/// cell could hold a nearer location of it. With loose filters (or none) this reads a few cells around the
/// point however large the directory. Services with no location come last, by service id.
/// </summary>
internal sealed class NearestSearch(DocumentStore documents, SpatialGrid places, IReadOnlyList<int> withoutLocation)
{
    private const uint Unseen = 0;
    private const uint Accepted = 1;
    private const uint Rejected = 2;
    private const uint Final = 3;

    public List<Candidate> Find(double x, double y, double z, int k, CandidateFilter filter, SearchScratch scratch)
    {
        var results = new List<Candidate>();
        if (k == 0)
        {
            return results;
        }

        var records = documents.Records;
        var masks = scratch.Masks;
        var best = scratch.Scores;
        var touched = scratch.Touched;
        var cellsByBound = new PriorityQueue<GridCell, double>(places.Cells.Select(c => (c, c.LowerBoundChord(x, y, z))));
        var pending = new PriorityQueue<int, float>();
        var cutoff = float.PositiveInfinity;

        void Finalise(float below, bool inclusive)
        {
            while (pending.TryPeek(out var document, out var chord) && (chord < below || (inclusive && chord <= below)))
            {
                pending.Dequeue();
                if (masks[document] == Final || (results.Count >= k && chord > cutoff))
                {
                    continue;
                }

                masks[document] = Final;
                results.Add(new Candidate { Document = document, Primary = -chord, ChordSquared = chord });
                if (results.Count == k)
                {
                    cutoff = chord;
                }
            }
        }

        while (cellsByBound.TryDequeue(out var cell, out var bound))
        {
            var boundSquared = (float)(bound * bound);
            Finalise(boundSquared, inclusive: false);
            if (results.Count >= k && boundSquared > cutoff)
            {
                break;
            }

            var entries = cell.Entries.Items;
            var (offsetX, offsetY, offsetZ) = (cell.CentreX - x, cell.CentreY - y, cell.CentreZ - z);
            for (var i = 0; i < cell.Entries.Count; i++)
            {
                ref readonly var entry = ref entries[i];
                var document = entry.Document;
                var state = masks[document];
                if (state is Rejected or Final)
                {
                    continue;
                }

                if (state == Unseen)
                {
                    touched.Add(document);
                    if (!filter.Accepts(document, records[document]))
                    {
                        masks[document] = Rejected;
                        continue;
                    }

                    masks[document] = Accepted;
                    best[document] = float.PositiveInfinity;
                }

                var chord = (float)GridCell.ChordSquared(entry, offsetX, offsetY, offsetZ);
                if (chord < best[document])
                {
                    best[document] = chord;
                    pending.Enqueue(document, chord);
                }
            }
        }

        Finalise(results.Count >= k ? cutoff : float.PositiveInfinity, inclusive: true);
        if (results.Count < k)
        {
            foreach (var document in withoutLocation.Where(d => filter.Accepts(d, records[d])).OrderBy(d => documents.ServiceIds[d]).Take(k - results.Count))
            {
                results.Add(new Candidate { Document = document, Primary = double.NegativeInfinity, ChordSquared = double.PositiveInfinity });
            }
        }

        // Services at the same distance (several at one community centre) are ordered by id, as everywhere.
        results.Sort((a, b) => a.ChordSquared != b.ChordSquared
            ? a.ChordSquared.CompareTo(b.ChordSquared)
            : documents.ServiceIds[a.Document].CompareTo(documents.ServiceIds[b.Document]));
        return results.Count > k ? results.GetRange(0, k) : results;
    }
}
