using Linkwork.Interop.Hsds;
using Xunit;

namespace Linkwork.Interop.Tests.Hsds;

/// <summary>Shortcuts the reading tests share.</summary>
internal static class Read
{
    /// <summary>HSDS's and the UK profile's examples all place their location at latitude 100, longitude 101: off the globe.</summary>
    public static HsdsReadOptions Lenient { get; } = new() { OutOfRangeCoordinates = HsdsCoordinatePolicy.DropWithWarning };

    public static Task<HsdsBatch> SourceAsync(string source, HsdsReadOptions? options = null) =>
        new HsdsFeedReader(null, options ?? Lenient).ReadAsync(source, TestContext.Current.CancellationToken);

    public static Task<HsdsBatch> JsonAsync(string json, string name = "feed.json", HsdsReadOptions? options = null) =>
        new HsdsFeedReader(null, options ?? new HsdsReadOptions()).ReadJsonAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), name, TestContext.Current.CancellationToken);

    public static string Describe(HsdsBatch batch) => string.Join("\n", batch.Errors.Select(e => e.ToString()));
}
