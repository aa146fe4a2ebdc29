namespace Linkwork.Data.Search;

/// <summary>
/// The order of a browse with no text, no point and no filter, kept sorted so that such a page is read off
/// the front instead of ranking a million services: assured services by assured date (newest first) and
/// unassured services by name, merged at query time by the freshness rule (see <see cref="Ranking.Freshness"/>):
/// assured within the year, then unassured, then older. Ties go by name, then service id.
/// An upsert inserts into a sorted list (a memory move, well under a millisecond at a million services).
/// </summary>
internal sealed class BrowseOrder(DocumentStore documents)
{
    private readonly List<int> assured = [];
    private readonly List<int> unassured = [];

    public void Insert(int document)
    {
        var list = ListFor(document);
        var at = list.BinarySearch(document, Comparer<int>.Create(CompareFor(list)));
        list.Insert(at < 0 ? ~at : at, document);
    }

    public void Remove(int document)
    {
        var list = ListFor(document);
        var at = list.BinarySearch(document, Comparer<int>.Create(CompareFor(list)));
        if (at >= 0)
        {
            list.RemoveAt(at);
        }
    }

    /// <summary>Sorts every live document from scratch, after a bulk build.</summary>
    public void Rebuild()
    {
        assured.Clear();
        unassured.Clear();
        var records = documents.Records;
        for (var document = 0; document < documents.Count; document++)
        {
            if (records[document].Status != DocumentRecord.Removed)
            {
                ListFor(document).Add(document);
            }
        }

        assured.Sort(CompareAssured);
        unassured.Sort(documents.CompareByName);
        assured.TrimExcess();
        unassured.TrimExcess();
    }

    /// <summary>Every indexed document (live or not visible; the caller filters) in freshness order for <paramref name="today"/>.</summary>
    public IEnumerable<int> InFreshnessOrder(int today)
    {
        var records = documents.Records;
        var recentFrom = today - Ranking.DaysAssuredCountsAsRecent;
        var i = 0;
        for (; i < assured.Count && records[assured[i]].AssuredDay >= recentFrom; i++)
        {
            yield return assured[i];
        }

        foreach (var document in unassured)
        {
            yield return document;
        }

        for (; i < assured.Count; i++)
        {
            yield return assured[i];
        }
    }

    private List<int> ListFor(int document) =>
        documents.Records[document].IsAssured ? assured : unassured;

    private Comparison<int> CompareFor(List<int> list) => list == assured ? CompareAssured : documents.CompareByName;

    private int CompareAssured(int a, int b)
    {
        var byDate = documents.Records[b].Assured.CompareTo(documents.Records[a].Assured);
        return byDate != 0 ? byDate : documents.CompareByName(a, b);
    }
}
