using Linkwork.Domain.Directory;

namespace Linkwork.Data.Search;

/// <summary>
/// The per-service columns, indexed by an int document number given out in order. A replaced or removed
/// service keeps its number with status <see cref="DocumentRecord.Removed"/>; its new version gets a new
/// number, so every posting list and the spatial grid only ever grow at the end.
/// </summary>
internal sealed class DocumentStore
{
    private DocumentRecord[] records = new DocumentRecord[16];
    private DocumentDetails[] details = new DocumentDetails[16];
    private Guid[] serviceIds = new Guid[16];
    private ushort[] textLengths = new ushort[16];
    private ulong[] activeBits = new ulong[1];
    private ulong[] closedBits = new ulong[1];

    public DocumentRecord[] Records => records;

    public DocumentDetails[] Details => details;

    public Guid[] ServiceIds => serviceIds;

    public ushort[] TextLengths => textLengths;

    /// <summary>Bit per document: active (found by default).</summary>
    public ulong[] ActiveBits => activeBits;

    /// <summary>Bit per document: temporarily closed (found when asked).</summary>
    public ulong[] ClosedBits => closedBits;

    public NameKeys Names { get; } = new();

    public LanguageSets Languages { get; } = new();

    public Dictionary<Guid, int> ByServiceId { get; } = [];

    /// <summary>Facet counts over every active service, kept current so that an unfiltered browse counts nothing.</summary>
    public FacetHistogram ActiveTotals { get; } = new();

    /// <summary>The same over temporarily closed services.</summary>
    public FacetHistogram ClosedTotals { get; } = new();

    /// <summary>Document numbers given out so far, live or not.</summary>
    public int Count { get; private set; }

    public int Capacity => records.Length;

    /// <summary>Services currently indexed.</summary>
    public int LiveCount => ByServiceId.Count;

    /// <summary>Grows the columns so that <paramref name="documents"/> numbers fit.</summary>
    public void EnsureCapacity(int documents)
    {
        if (documents <= records.Length)
        {
            return;
        }

        var capacity = Math.Max(documents, records.Length * 2);
        Array.Resize(ref records, capacity);
        Array.Resize(ref details, capacity);
        Array.Resize(ref serviceIds, capacity);
        Array.Resize(ref textLengths, capacity);
        Array.Resize(ref activeBits, Bits.WordsFor(capacity));
        Array.Resize(ref closedBits, Bits.WordsFor(capacity));
    }

    public void Append(int document, in DocumentRecord record, in DocumentDetails detail, Guid serviceId, string name, int textLength)
    {
        records[document] = record;
        details[document] = detail;
        serviceIds[document] = serviceId;
        textLengths[document] = (ushort)textLength;
        Names.Append(document, name);
        ByServiceId[serviceId] = document;
        Count = document + 1;
        if (record.Status == (byte)ServiceStatus.Active)
        {
            Bits.Set(activeBits, document);
            ActiveTotals.Add(record, 1);
        }
        else
        {
            Bits.Set(closedBits, document);
            ClosedTotals.Add(record, 1);
        }
    }

    /// <summary>Marks a document removed; the caller has already taken it out of the other structures.</summary>
    public void MarkRemoved(int document)
    {
        ref var record = ref records[document];
        if (record.Status == (byte)ServiceStatus.Active)
        {
            Bits.Clear(activeBits, document);
            ActiveTotals.Add(record, -1);
        }
        else
        {
            Bits.Clear(closedBits, document);
            ClosedTotals.Add(record, -1);
        }

        ByServiceId.Remove(serviceIds[document]);
        record.Status = DocumentRecord.Removed;
    }

    /// <summary>Orders two documents by name, then by service id: the tie-break for browsing.</summary>
    public int CompareByName(int a, int b)
    {
        var byName = Names.Compare(a, b);
        return byName != 0 ? byName : serviceIds[a].CompareTo(serviceIds[b]);
    }

    public void Trim()
    {
        var capacity = Math.Max(Count, 16);
        Array.Resize(ref records, capacity);
        Array.Resize(ref details, capacity);
        Array.Resize(ref serviceIds, capacity);
        Array.Resize(ref textLengths, capacity);
        Array.Resize(ref activeBits, Bits.WordsFor(capacity));
        Array.Resize(ref closedBits, Bits.WordsFor(capacity));
        Names.Trim();
    }
}
