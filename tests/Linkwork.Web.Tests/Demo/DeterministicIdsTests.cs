using Linkwork.Web.Cli.Demo;
using Xunit;

namespace Linkwork.Web.Tests.Demo;

public sealed class DeterministicIdsTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Ids_are_version_7_with_the_rfc_9562_variant()
    {
        var ids = new DeterministicIds(new Random(1), Start);
        for (var i = 0; i < 1_000; i++)
        {
            var id = ids.Next();
            var bytes = id.ToByteArray(bigEndian: true);
            Assert.Equal(7, id.Version);
            Assert.Equal(0x70, bytes[6] & 0xF0);
            Assert.Equal(0x80, bytes[8] & 0xC0);
        }
    }

    [Fact]
    public void The_timestamp_is_the_start_plus_one_millisecond_per_id_and_ids_sort_in_creation_order()
    {
        var ids = new DeterministicIds(new Random(1), Start);
        var made = Enumerable.Range(0, 500).Select(_ => ids.Next()).ToList();

        for (var i = 0; i < made.Count; i++)
        {
            Assert.Equal(Start.ToUnixTimeMilliseconds() + i, UnixMilliseconds(made[i]));
        }

        Assert.Equal(made, made.Order());
        Assert.Equal(500, ids.Issued);
    }

    [Fact]
    public void The_same_seed_gives_the_same_ids_and_another_seed_does_not()
    {
        var first = new DeterministicIds(new Random(42), Start);
        var second = new DeterministicIds(new Random(42), Start);
        var other = new DeterministicIds(new Random(43), Start);

        var a = Enumerable.Range(0, 100).Select(_ => first.Next()).ToList();
        Assert.Equal(a, Enumerable.Range(0, 100).Select(_ => second.Next()));
        Assert.Empty(a.Intersect(Enumerable.Range(0, 100).Select(_ => other.Next())));
    }

    [Fact]
    public void Timestamps_outside_48_bits_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DeterministicIds.Create(DeterministicIds.MaxUnixMilliseconds + 1, new Random(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => DeterministicIds.Create(-1, new Random(1)));
        Assert.Equal(DeterministicIds.MaxUnixMilliseconds, UnixMilliseconds(DeterministicIds.Create(DeterministicIds.MaxUnixMilliseconds, new Random(1))));
    }

    private static long UnixMilliseconds(Guid id)
    {
        var bytes = id.ToByteArray(bigEndian: true);
        long value = 0;
        for (var i = 0; i < 6; i++)
        {
            value = (value << 8) | bytes[i];
        }

        return value;
    }
}
