using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Linkwork.Interop.Hsds;

/// <summary>
/// Reads services from an HSDS API: pages through <c>/services?page=N&amp;per_page=..</c> until the API says it is the
/// last page, and fetches <c>/services/{id}</c> for any list item that is not fully nested. The list items are
/// checked too: a feed whose list endpoint is wrong is wrong. HTTP failures are errors naming the request.
/// </summary>
internal sealed class HsdsApiReader(HttpClient http, FeedCollector collector, RecordProcessor processor)
{
    private const int MaxBodyBytes = 64 * 1024 * 1024;
    private const int MaxPages = 100_000;

    // A list item holding any of these is a fully nested service already.
    private static readonly string[] NestedLists =
        ["service_at_locations", "phones", "schedules", "contacts", "languages", "attributes", "service_areas", "cost_options", "funding", "required_documents"];

    public async Task ReadAsync(Uri url, CancellationToken cancellationToken)
    {
        var root = ApiRoot(url);
        if (collector.Options.Profile is null)
        {
            collector.Profile = await ProfileOfAsync(root, cancellationToken).ConfigureAwait(false);
        }

        var perPage = Math.Max(1, collector.Options.PerPage);
        var seen = new HashSet<Guid>();
        HashSet<Guid>? previousPage = null;
        for (var page = 1; page <= MaxPages; page++)
        {
            var pageUrl = new Uri(root, string.Create(CultureInfo.InvariantCulture, $"services?page={page}&per_page={perPage}"));
            using var document = await GetJsonAsync(pageUrl, HsdsEntity.Service, "(page " + page + ")", null, cancellationToken).ConfigureAwait(false);
            if (document is null)
            {
                collector.FeedError("service", "GET " + pageUrl, $"reading stopped at page {page}; the services after it were not read");
                break;
            }

            var (items, isLast, total) = PageOf(document.RootElement, page, perPage);
            if (items is null)
            {
                collector.FeedError("service", "GET " + pageUrl, "is neither an HSDS page ({\"contents\": [...]}) nor a list of services");
                break;
            }

            processor.Total = total ?? processor.Total;
            var ids = items.Select(IdOf).OfType<Guid>().ToHashSet();
            if (previousPage is not null && ids.Count > 0 && ids.IsSubsetOf(previousPage))
            {
                collector.FeedWarning("service", "GET " + pageUrl, $"page {page} repeats page {page - 1}; the API seems to ignore 'page', so reading stopped there");
                break;
            }

            await ReadPageAsync(root, pageUrl, items, seen, cancellationToken).ConfigureAwait(false);
            previousPage = ids;
            if (isLast || items.Count == 0)
            {
                break;
            }
        }
    }

    private async Task ReadPageAsync(Uri root, Uri pageUrl, List<JsonElement> items, HashSet<Guid> seen, CancellationToken cancellationToken)
    {
        var details = new List<(Guid Id, string Path)>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var raw = item.GetRawText();
            var path = collector.NextPath(HsdsEntity.Service);
            var source = new RecordSource($"GET {pageUrl} contents[{i}]");
            var id = IdOf(item);
            var repeated = id is { } known && !seen.Add(known);
            if (repeated)
            {
                collector.Warning(HsdsEntity.Service, id.ToString()!, source, path, $"the services list gives id {id} again; the service is read once");
            }

            if (!repeated && id is not null && NestedLists.Any(n => item.TryGetProperty(n, out _)))
            {
                processor.Process(HsdsEntity.Service, item, raw, source, path);
                continue;
            }

            foreach (var error in HsdsSchemaValidator.For(collector.Profile).Validate(HsdsEntity.Service, raw, path))
            {
                collector.Error(HsdsEntity.Service, id?.ToString() ?? "#" + path, source, error.Path, error.Message);
            }

            if (!repeated && id is not null)
            {
                details.Add((id.Value, path));
            }
        }

        // Fetch the full services a few at a time, then read them in list order.
        using var gate = new SemaphoreSlim(Math.Max(1, collector.Options.MaxConcurrentRequests));
        var fetches = details.Select(async detail =>
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var url = new Uri(root, "services/" + detail.Id);
                return (detail, url, Document: await GetJsonAsync(url, HsdsEntity.Service, detail.Id.ToString(), detail.Path, cancellationToken).ConfigureAwait(false));
            }
            finally
            {
                gate.Release();
            }
        }).ToList();

        foreach (var fetch in fetches)
        {
            var (detail, url, document) = await fetch.ConfigureAwait(false);
            using (document)
            {
                if (document is null)
                {
                    continue;
                }

                var source = new RecordSource("GET " + url, 1);
                var returned = IdOf(document.RootElement);
                if (returned != detail.Id)
                {
                    collector.Error(HsdsEntity.Service, detail.Id.ToString(), source, detail.Path,
                        $"asked for service {detail.Id} but the API answered with {(returned is null ? "a record without a valid id" : "service " + returned)}");
                    continue;
                }

                processor.Process(HsdsEntity.Service, document.RootElement, document.RootElement.GetRawText(), source, detail.Path);
            }
        }
    }

    private async Task<HsdsProfile> ProfileOfAsync(Uri root, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(root, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return HsdsProfile.Core;
            }

            using var document = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return HsdsProfile.Core;
            }

            CheckDescription(document.RootElement, "GET " + root);
            return ProfileDetector.FromApiDescription(document.RootElement) ?? HsdsProfile.Core;
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // The root describes the API; without it the feed is read as core HSDS.
            return HsdsProfile.Core;
        }
    }

    /// <summary>The root's profile and openapi_url are addresses; a bad one does not stop the services being read.</summary>
    private void CheckDescription(JsonElement description, string source)
    {
        foreach (var field in new[] { "profile", "openapi_url" })
        {
            if (description.TryGetProperty(field, out var value) && (value.ValueKind != JsonValueKind.String || !StrictFormatValidators.IsUri(value.GetString()!)))
            {
                collector.FeedWarning("api", source, $"the API description's {field} '{JsonFields.Shorten(value)}' is not a full web address");
            }
        }
    }

    private async Task<JsonDocument?> GetJsonAsync(Uri url, HsdsEntity entity, string record, string? path, CancellationToken cancellationToken)
    {
        var source = "GET " + url;
        void Fail(string message)
        {
            if (path is null)
            {
                collector.FeedError(entity.Name(), source, message);
            }
            else
            {
                collector.Error(entity, record, new RecordSource(source), path, message);
            }
        }

        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                Fail($"the server answered HTTP {(int)response.StatusCode} {response.ReasonPhrase ?? ((HttpStatusCode)response.StatusCode).ToString()}");
                return null;
            }

            var body = await ReadBodyAsync(response, cancellationToken).ConfigureAwait(false);
            if (body is null)
            {
                Fail($"the answer is over {MaxBodyBytes / (1024 * 1024)} MB");
                return null;
            }

            return JsonDocument.Parse(body);
        }
        catch (JsonException malformed)
        {
            Fail($"the answer is not valid JSON (line {malformed.LineNumber + 1}, position {malformed.BytePositionInLine + 1})");
        }
        catch (HttpRequestException failed)
        {
            Fail("the request failed: " + failed.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Fail("the request timed out");
        }

        return null;
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var body = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (body.Length + read > MaxBodyBytes)
            {
                return null;
            }

            body.Write(buffer, 0, read);
        }

        return body.ToArray();
    }

    /// <summary>A page's items, whether it is the last, and the total the API reports.</summary>
    private static (List<JsonElement>? Items, bool IsLast, long? Total) PageOf(JsonElement page, int number, int perPage)
    {
        if (page.ValueKind == JsonValueKind.Array)
        {
            return (page.EnumerateArray().ToList(), true, null);
        }

        if (page.ValueKind != JsonValueKind.Object || !page.TryGetProperty("contents", out var contents) || contents.ValueKind != JsonValueKind.Array)
        {
            return (null, true, null);
        }

        var items = contents.EnumerateArray().ToList();
        long? total = page.TryGetProperty("total_items", out var t) && t.TryGetInt64(out var n) ? n : null;
        bool? lastPage = page.TryGetProperty("last_page", out var l) && l.ValueKind is JsonValueKind.True or JsonValueKind.False ? l.GetBoolean() : null;
        int? totalPages = page.TryGetProperty("total_pages", out var p) && p.TryGetInt32(out var pages) ? pages : null;
        var isLast = lastPage ?? (totalPages is { } all ? number >= all : items.Count < perPage);
        return (items, isLast, total);
    }

    private static Guid? IdOf(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
        && StrictFormatValidators.IsUuid(id.GetString()!) ? Guid.Parse(id.GetString()!, CultureInfo.InvariantCulture) : null;

    /// <summary>The API's base address, given either it or its /services endpoint.</summary>
    public static Uri ApiRoot(Uri url)
    {
        var builder = new UriBuilder(url) { Query = "", Fragment = "" };
        var path = builder.Path.TrimEnd('/');
        if (path.EndsWith("/services", StringComparison.OrdinalIgnoreCase))
        {
            path = path[..^"/services".Length];
        }

        builder.Path = path + "/";
        return builder.Uri;
    }
}
