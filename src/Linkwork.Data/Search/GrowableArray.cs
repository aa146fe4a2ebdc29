namespace Linkwork.Data.Search;

/// <summary>
/// A list over a plain array that exposes the array, so hot loops read it without bounds-checked indexers
/// or enumerators. Grows by doubling; <see cref="Trim"/> gives back the slack after a bulk build.
/// </summary>
internal sealed class GrowableArray<T>
{
    private T[] items;

    public GrowableArray(int capacity = 4) => items = capacity == 0 ? [] : new T[capacity];

    public int Count { get; private set; }

    /// <summary>The backing array; only the first <see cref="Count"/> items are meaningful.</summary>
    public T[] Items => items;

    public ReadOnlySpan<T> AsSpan() => items.AsSpan(0, Count);

    public void Add(T item)
    {
        if (Count == items.Length)
        {
            Array.Resize(ref items, Math.Max(4, items.Length * 2));
        }

        items[Count++] = item;
    }

    public void Clear() => Count = 0;

    /// <summary>Removes the item at <paramref name="index"/> by moving the last item into its place (order is not kept).</summary>
    public void RemoveAtBySwap(int index)
    {
        items[index] = items[Count - 1];
        Count--;
    }

    public void Trim()
    {
        if (items.Length != Count)
        {
            Array.Resize(ref items, Count);
        }
    }
}
