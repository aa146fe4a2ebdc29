using Xunit;

namespace Linkwork.Interop.Tests.Hsds;

/// <summary>
/// Records of a list are checked and mapped in batches on every core, in the background while the next batch is
/// read: what comes out must still follow the feed, the same on every read.
/// </summary>
public sealed class ParallelReadingTests
{
    [Fact]
    public async Task Records_and_errors_of_a_long_list_come_out_in_feed_order_on_every_read()
    {
        // Several batches' worth, with a schema error (a bad email) in every seventh record and a mapping error
        // (a name longer than Linkwork takes) in every eleventh, so both kinds of failure land in every batch.
        const int Count = 3_000;
        var items = Enumerable.Range(1, Count).Select(n => n % 7 == 0
            ? Feeds.Service(n, ""","email":"not an address" """)
            : Feeds.Service(n, name: n % 11 == 0 ? new string('x', 1_000) : "Walking group")).ToArray();
        var json = Feeds.Array(items);

        var first = await Read.JsonAsync(json);
        var second = await Read.JsonAsync(json);

        var expectedGood = Enumerable.Range(1, Count).Where(n => n % 7 != 0 && n % 11 != 0).Select(n => Guid.Parse(Feeds.Id(n))).ToList();
        Assert.Equal(expectedGood, first.Services.Select(s => s.Id).ToList());
        var expectedBad = Enumerable.Range(1, Count).Where(n => n % 7 == 0 || n % 11 == 0).Select(n => Feeds.Id(n)).ToList();
        Assert.Equal(expectedBad, first.Errors.Select(e => e.Record).ToList());
        Assert.Contains("email", first.Errors[0].ToString(), StringComparison.Ordinal);
        Assert.Contains("name", first.Errors[1].ToString(), StringComparison.Ordinal);
        Assert.Equal(Read.Describe(first), Read.Describe(second));
        Assert.Equal(first.Services.Select(s => s.Id), second.Services.Select(s => s.Id));
    }
}
