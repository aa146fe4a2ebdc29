using System.Text;

namespace Linkwork.Data.Search;

/// <summary>
/// Service names folded (lower case, no accents) and stored as UTF-8 in one byte array, for ordering by name.
/// About 35 bytes a service instead of the ~100 a .NET string costs. Byte order of UTF-8 is code point order,
/// so comparing bytes is an ordinal comparison of the folded names.
/// </summary>
internal sealed class NameKeys
{
    private byte[] bytes = new byte[1024];
    private int[] starts = new int[2];
    private int count;

    /// <summary>Appends the name of the next document number (names are added in document order).</summary>
    public void Append(int document, string name)
    {
        if (document != count)
        {
            throw new InvalidOperationException("Names must be added in document order.");
        }

        var folded = TextFolding.Fold(name.Trim());
        var length = Encoding.UTF8.GetByteCount(folded);
        var start = starts[count];
        if (start + length > bytes.Length)
        {
            Array.Resize(ref bytes, Math.Max(bytes.Length * 2, start + length));
        }

        Encoding.UTF8.GetBytes(folded, bytes.AsSpan(start));
        if (count + 2 > starts.Length)
        {
            Array.Resize(ref starts, starts.Length * 2);
        }

        starts[count + 1] = start + length;
        count++;
    }

    public int Compare(int a, int b) => Name(a).SequenceCompareTo(Name(b));

    public void Trim()
    {
        Array.Resize(ref bytes, Math.Max(starts[count], 1));
        Array.Resize(ref starts, count + 1);
    }

    private ReadOnlySpan<byte> Name(int document) => bytes.AsSpan(starts[document], starts[document + 1] - starts[document]);
}
