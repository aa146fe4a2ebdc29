namespace Linkwork.Data.Search;

/// <summary>
/// Weekly opening hours. Each opening is kept exactly (seconds of the week, Sunday 00:00 = 0) for the final
/// check, and each of the week's 672 quarter-hour slots has a bit set per document open at any time in it, so
/// "open now" starts from one bitset instead of every service. A service whose openings all start and end on
/// quarter hours (nearly all do) is open at any moment of a slot whose bit it has, so it needs no exact check.
/// Memory: 672 bits (84 bytes) per document.
/// </summary>
internal sealed class OpeningHours
{
    public const int SlotSeconds = 15 * 60;
    public const int SecondsPerDay = 24 * 60 * 60;
    public const int WeekSeconds = 7 * SecondsPerDay;
    public const int SlotCount = WeekSeconds / SlotSeconds;

    private readonly ulong[][] slots = new ulong[SlotCount][];
    private readonly int[] population = new int[SlotCount];
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int count;

    public OpeningHours()
    {
        for (var slot = 0; slot < SlotCount; slot++)
        {
            slots[slot] = [];
        }
    }

    public static int SecondOfWeek(OpenAt at) =>
        ((int)at.Day * SecondsPerDay) + (int)(at.Time.Ticks / TimeSpan.TicksPerSecond);

    public static int SlotOf(int secondOfWeek) => secondOfWeek / SlotSeconds;

    /// <summary>The bitset of documents open at some time in <paramref name="slot"/>.</summary>
    public ulong[] Slot(int slot) => slots[slot];

    /// <summary>How many live documents have the slot's bit: a cheap estimate of an open-at filter's matches.</summary>
    public int Population(int slot) => population[slot];

    public void EnsureCapacity(int documents)
    {
        var words = Bits.WordsFor(documents);
        if (slots[0].Length >= words)
        {
            return;
        }

        words = Math.Max(words, slots[0].Length * 2);
        for (var slot = 0; slot < SlotCount; slot++)
        {
            Array.Resize(ref slots[slot], words);
        }
    }

    /// <summary>
    /// Stores a document's openings (at most 255 intervals), sets its slot bits, records where they are in
    /// <paramref name="details"/>, and says whether they all start and end on quarter hours.
    /// </summary>
    public bool Add(int document, IReadOnlyList<OpeningSlot> openings, ref DocumentDetails details)
    {
        var first = count;
        var onBoundaries = true;
        foreach (var opening in openings)
        {
            var start = ((int)opening.Day * SecondsPerDay) + Seconds(opening.Opens);
            var end = ((int)opening.Day * SecondsPerDay) + Seconds(opening.Closes);
            if (end <= start)
            {
                end += SecondsPerDay;
            }

            onBoundaries &= start % SlotSeconds == 0 && end % SlotSeconds == 0;
            if (end > WeekSeconds)
            {
                // Saturday night into Sunday morning: two intervals, as the week starts on Sunday.
                Store(document, start, WeekSeconds, first);
                Store(document, 0, end - WeekSeconds, first);
            }
            else
            {
                Store(document, start, end, first);
            }
        }

        details.FirstOpening = first;
        details.OpeningCount = (byte)(count - first);
        return onBoundaries;
    }

    public void Remove(int document, in DocumentDetails details)
    {
        for (var i = details.FirstOpening; i < details.FirstOpening + details.OpeningCount; i++)
        {
            for (var slot = SlotOf(starts[i]); slot <= SlotOf(ends[i] - 1); slot++)
            {
                if (Bits.Get(slots[slot], document))
                {
                    Bits.Clear(slots[slot], document);
                    population[slot]--;
                }
            }
        }
    }

    /// <summary>Exactly: whether one of the document's openings has start ≤ t &lt; end.</summary>
    public bool IsOpen(in DocumentDetails details, int secondOfWeek)
    {
        for (var i = details.FirstOpening; i < details.FirstOpening + details.OpeningCount; i++)
        {
            if (starts[i] <= secondOfWeek && secondOfWeek < ends[i])
            {
                return true;
            }
        }

        return false;
    }

    public void Trim(int documents)
    {
        var words = Bits.WordsFor(Math.Max(documents, 64));
        for (var slot = 0; slot < SlotCount; slot++)
        {
            Array.Resize(ref slots[slot], words);
        }

        Array.Resize(ref starts, Math.Max(count, 16));
        Array.Resize(ref ends, Math.Max(count, 16));
    }

    private void Store(int document, int start, int end, int first)
    {
        if (count - first == byte.MaxValue)
        {
            return;
        }

        if (count == starts.Length)
        {
            Array.Resize(ref starts, count * 2);
            Array.Resize(ref ends, count * 2);
        }

        starts[count] = start;
        ends[count] = end;
        count++;
        for (var slot = SlotOf(start); slot <= SlotOf(end - 1); slot++)
        {
            if (!Bits.Get(slots[slot], document))
            {
                Bits.Set(slots[slot], document);
                population[slot]++;
            }
        }
    }

    private static int Seconds(TimeOnly time) => (int)(time.Ticks / TimeSpan.TicksPerSecond);
}
