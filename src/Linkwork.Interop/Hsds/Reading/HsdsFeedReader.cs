namespace Linkwork.Interop.Hsds;

/// <summary>
/// Reads an Open Referral HSDS 3.0 (or UK profile) feed into an <see cref="HsdsBatch"/>: from a JSON file, a
/// folder (a tabular package of CSV files, or JSON files), or an HSDS API address. Every record is checked against
/// its schema, then mapped and checked by the domain's rules; bad records are reported, never thrown, and reading
/// goes on to find them all.
/// </summary>
public sealed class HsdsFeedReader
{
    private static readonly Lazy<HttpClient> SharedClient = new(() => new HttpClient { Timeout = TimeSpan.FromSeconds(100) });

    private readonly HttpClient? _http;

    /// <param name="http">Used for API feeds; tests point it at a local server. When null a shared client is used.</param>
    /// <param name="options">How to read; the defaults suit an import.</param>
    public HsdsFeedReader(HttpClient? http = null, HsdsReadOptions? options = null)
    {
        _http = http;
        Options = options ?? new HsdsReadOptions();
    }

    public HsdsReadOptions Options { get; }

    /// <summary>Reads FILE, DIR or URL (http or https), whichever <paramref name="source"/> is.</summary>
    public Task<HsdsBatch> ReadAsync(string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (Uri.TryCreate(source, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
        {
            return ReadUrlAsync(url, cancellationToken);
        }

        return Directory.Exists(source) ? ReadDirectoryAsync(source, cancellationToken) : ReadFileAsync(source, cancellationToken);
    }

    /// <summary>Reads one JSON file: a list of records, an HSDS page, a single (fully nested) record, or tabular.json.</summary>
    public async Task<HsdsBatch> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var (collector, processor) = Start();
        if (!File.Exists(path))
        {
            collector.FeedError("feed", path, "there is no such file or folder");
            return collector.Build();
        }

        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            await new JsonFeedReader(collector, processor).ReadAsync(stream, Path.GetFileName(path), null, cancellationToken).ConfigureAwait(false);
        }

        return Finish(collector, processor);
    }

    /// <summary>Reads JSON from a stream; <paramref name="sourceName"/> names it in errors and hints at what it holds.</summary>
    public async Task<HsdsBatch> ReadJsonAsync(Stream json, string sourceName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(json);
        var (collector, processor) = Start();
        if (json.CanSeek)
        {
            await new JsonFeedReader(collector, processor).ReadAsync(json, sourceName, null, cancellationToken).ConfigureAwait(false);
            return Finish(collector, processor);
        }

        // Telling a list from a single record needs a look at the start and a step back: spool to a temporary file.
        var spool = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        await using (spool.ConfigureAwait(false))
        {
            await json.CopyToAsync(spool, cancellationToken).ConfigureAwait(false);
            spool.Position = 0;
            await new JsonFeedReader(collector, processor).ReadAsync(spool, sourceName, null, cancellationToken).ConfigureAwait(false);
        }

        return Finish(collector, processor);
    }

    /// <summary>Reads a folder: a tabular package (datapackage.json and/or HSDS's CSV files), or else every JSON file in it.</summary>
    public async Task<HsdsBatch> ReadDirectoryAsync(string path, CancellationToken cancellationToken = default)
    {
        var (collector, processor) = Start();
        if (CsvPackageReader.IsPackage(path))
        {
            var tables = CsvPackageReader.Read(path, Options.Profile, collector);
            new TabularAssembler(collector, processor).Assemble(tables);
            return Finish(collector, processor);
        }

        var files = Directory.GetFiles(path, "*.json").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            collector.FeedError("feed", path, "holds neither an HSDS tabular package (CSV files) nor JSON files");
        }

        foreach (var file in files)
        {
            var stream = File.OpenRead(file);
            await using (stream.ConfigureAwait(false))
            {
                await new JsonFeedReader(collector, processor).ReadAsync(stream, Path.GetFileName(file), null, cancellationToken).ConfigureAwait(false);
            }
        }

        return Finish(collector, processor);
    }

    /// <summary>Reads the services of an HSDS API, given its base address or its /services endpoint.</summary>
    public async Task<HsdsBatch> ReadUrlAsync(Uri url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        var (collector, processor) = Start();
        await new HsdsApiReader(_http ?? SharedClient.Value, collector, processor).ReadAsync(url, cancellationToken).ConfigureAwait(false);
        return Finish(collector, processor);
    }

    private (FeedCollector Collector, RecordProcessor Processor) Start()
    {
        var collector = new FeedCollector(Options) { Profile = Options.Profile ?? HsdsProfile.Core };
        return (collector, new RecordProcessor(collector));
    }

    private static HsdsBatch Finish(FeedCollector collector, RecordProcessor processor)
    {
        processor.Finish();
        return collector.Build();
    }
}
