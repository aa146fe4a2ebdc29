using Linkwork.Domain.People;

namespace Linkwork.Web.Cli.Demo;

/// <summary>
/// Hands out NHS numbers from the 999 000 0000–999 999 9999 range, which NHS England never issues to patients.
/// A seeded permutation of the million possible prefixes makes the numbers look scattered yet guarantees no
/// repeats without remembering the ones already used; prefixes without a valid check digit are skipped, which
/// leaves about 909,000 numbers before the range runs out.
/// </summary>
public sealed class DemoNhsNumbers
{
    private const int PrefixCount = 1_000_000;
    private const int HalfSize = 1_000;
    private const int Rounds = 4;

    private readonly int[] _roundKeys = new int[Rounds];
    private int _nextPrefix;

    public DemoNhsNumbers(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        for (var i = 0; i < Rounds; i++)
        {
            _roundKeys[i] = random.Next();
        }
    }

    /// <summary>The next unused number, or null once the test range is used up.</summary>
    public NhsNumber? Next()
    {
        Span<char> digits = stackalloc char[10];
        digits[0] = digits[1] = digits[2] = '9';
        while (_nextPrefix < PrefixCount)
        {
            var prefix = Permute(_nextPrefix++);
            for (var i = 8; i >= 3; i--)
            {
                digits[i] = (char)('0' + prefix % 10);
                prefix /= 10;
            }

            var check = NhsNumber.CheckDigitFor(digits[..9]);
            if (check is { } value)
            {
                digits[9] = (char)('0' + value);
                return NhsNumber.Parse(new string(digits));
            }
        }

        return null;
    }

    /// <summary>
    /// A Feistel network over the two three-digit halves of the prefix: a bijection on 0–999,999 whatever the
    /// round function, so every prefix comes up exactly once.
    /// </summary>
    private int Permute(int value)
    {
        var left = value / HalfSize;
        var right = value % HalfSize;
        foreach (var key in _roundKeys)
        {
            (left, right) = (right, (left + Scramble(right, key)) % HalfSize);
        }

        return left * HalfSize + right;
    }

    private static int Scramble(int half, int key)
    {
        var x = (uint)(half ^ key) * 0x9E3779B1u;
        x ^= x >> 15;
        x *= 0x85EBCA6Bu;
        x ^= x >> 13;
        return (int)(x % HalfSize);
    }
}
