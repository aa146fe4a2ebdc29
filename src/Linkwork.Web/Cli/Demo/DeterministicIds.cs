namespace Linkwork.Web.Cli.Demo;

/// <summary>
/// Makes RFC 9562 version 7 ids from a seeded <see cref="Random"/>, so a demo generated twice from the same seed
/// has the same ids. Each id's timestamp is one millisecond after the previous one: ids sort in the order they
/// were made, which keeps database indexes append-only as they would be for records made one by one.
/// </summary>
public sealed class DeterministicIds
{
    /// <summary>The largest Unix time in milliseconds that fits the 48-bit timestamp field.</summary>
    public const long MaxUnixMilliseconds = (1L << 48) - 1;

    private readonly Random _random;
    private readonly long _startUnixMilliseconds;

    public DeterministicIds(Random random, DateTimeOffset start)
    {
        ArgumentNullException.ThrowIfNull(random);
        _random = random;
        _startUnixMilliseconds = start.ToUnixTimeMilliseconds();
        ArgumentOutOfRangeException.ThrowIfNegative(_startUnixMilliseconds, nameof(start));
    }

    /// <summary>How many ids have been made so far; the next id's timestamp is the start plus this many milliseconds.</summary>
    public long Issued { get; private set; }

    public Guid Next()
    {
        var id = Create(_startUnixMilliseconds + Issued, _random);
        Issued++;
        return id;
    }

    /// <summary>A version 7 id with the given timestamp and 74 bits from <paramref name="random"/>.</summary>
    public static Guid Create(long unixMilliseconds, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfNegative(unixMilliseconds);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(unixMilliseconds, MaxUnixMilliseconds);

        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes[6..]);
        bytes[0] = (byte)(unixMilliseconds >> 40);
        bytes[1] = (byte)(unixMilliseconds >> 32);
        bytes[2] = (byte)(unixMilliseconds >> 24);
        bytes[3] = (byte)(unixMilliseconds >> 16);
        bytes[4] = (byte)(unixMilliseconds >> 8);
        bytes[5] = (byte)unixMilliseconds;
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F)); // version 7 in the high nibble
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F)); // variant 10 in the top two bits
        return new Guid(bytes, bigEndian: true);
    }
}
