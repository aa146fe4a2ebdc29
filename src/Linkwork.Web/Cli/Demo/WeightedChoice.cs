namespace Linkwork.Web.Cli.Demo;

/// <summary>
/// Draws items in proportion to integer weights with one random number and a binary search, so the hot
/// loops of the generator stay allocation-free.
/// </summary>
public sealed class WeightedChoice<T>
{
    private readonly T[] _items;
    private readonly int[] _cumulative;

    public WeightedChoice(IEnumerable<T> items, Func<T, int> weight)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(weight);
        _items = [.. items];
        _cumulative = new int[_items.Length];
        var total = 0;
        for (var i = 0; i < _items.Length; i++)
        {
            var w = weight(_items[i]);
            ArgumentOutOfRangeException.ThrowIfNegative(w);
            total = checked(total + w);
            _cumulative[i] = total;
        }

        if (total == 0)
        {
            throw new ArgumentException("At least one item needs a positive weight.", nameof(items));
        }
    }

    public int Count => _items.Length;

    public T Pick(Random random) => _items[PickIndex(random)];

    public int PickIndex(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var roll = random.Next(_cumulative[^1]);

        // The first item whose running total exceeds the roll; zero-weight items can never be chosen.
        var index = Array.BinarySearch(_cumulative, roll + 1);
        return index >= 0 ? FirstWithTotal(index) : ~index;
    }

    private int FirstWithTotal(int index)
    {
        while (index > 0 && _cumulative[index - 1] == _cumulative[index])
        {
            index--;
        }

        return index;
    }
}
