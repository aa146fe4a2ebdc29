namespace Linkwork.Interop.Tests.Hsds;

/// <summary>Small HSDS feeds written by hand, one fault at a time.</summary>
internal static class Feeds
{
    public const string Organisation = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610";
    public const string Location = "3a19ff88-4620-4d17-9830-ac1d859eb5d5";

    public static string Id(int n) => $"00000000-0000-4000-8000-{n:D12}";

    /// <summary>A valid service with its organisation nested; <paramref name="extra"/> adds or overrides fields (",\"a\":1").</summary>
    public static string Service(int n, string extra = "", string name = "Walking group") =>
        $$"""{"id":"{{Id(n)}}","name":"{{name}}","status":"active","organization":{"id":"{{Organisation}}","name":"Rotherham Ramblers","description":"Walks"}{{extra}}}""";

    public static string Array(params string[] items) => "[\n" + string.Join(",\n", items) + "\n]";

    public static string Page(int total, params string[] items) =>
        $$"""{"total_items":{{total}},"total_pages":1,"page_number":1,"size":{{items.Length}},"first_page":true,"last_page":true,"empty":false,"contents":{{Array(items)}}}""";

    public static string AtLocation(string locationId, string location = "") =>
        $$""","service_at_locations":[{"id":"{{Id(900)}}","location_id":"{{locationId}}"{{location}}}]""";

    public static string NestedLocation(string latitude = "53.43", string longitude = "-1.35") =>
        $$""","location":{"id":"{{Location}}","location_type":"physical","name":"Clifton Park","latitude":{{latitude}},"longitude":{{longitude}}}""";
}
