using System.Text.Json;

namespace Linkwork.Interop.Hsds;

/// <summary>
/// Reads one JSON feed: a list of records (an array, or an HSDS page) streamed item by item, or one document read
/// whole (a fully nested service, an organization_full, a tabular.json ...). Malformed JSON is one error with its
/// line and position; records read before it stay read.
/// </summary>
internal sealed class JsonFeedReader(FeedCollector collector, RecordProcessor processor)
{
    /// <summary>The most a document read whole (not a list) may hold.</summary>
    private const int MaxDocumentBytes = 256 * 1024 * 1024;

    public async Task ReadAsync(Stream stream, string sourceName, HsdsEntity? entity, CancellationToken cancellationToken)
    {
        try
        {
            switch (await JsonShapeSniffer.SniffAsync(stream, cancellationToken).ConfigureAwait(false))
            {
                case JsonShape.Empty:
                    collector.FeedError("feed", sourceName, "the file is empty");
                    break;
                case JsonShape.Array or JsonShape.Page:
                    await StreamAsync(stream, sourceName, entity, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    await DocumentAsync(stream, sourceName, entity, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
        catch (JsonValueTooLargeException tooLarge)
        {
            collector.FeedError("feed", $"{sourceName} line {tooLarge.Line}", tooLarge.Message);
        }
        catch (JsonException malformed)
        {
            var line = malformed.LineNumber + 1 ?? 1;
            var position = malformed.BytePositionInLine + 1 ?? 1;
            collector.FeedError("feed", $"{sourceName} line {line}, position {position}", "is not valid JSON: " + Plain(malformed.Message));
        }
    }

    private async Task StreamAsync(Stream stream, string sourceName, HsdsEntity? entity, CancellationToken cancellationToken)
    {
        var detected = entity;
        using var pending = new ParallelChecks(processor);
        var streamer = new JsonItemStreamer(stream, Math.Max(collector.Options.MaxRecordBytes * 4, 16 * 1024 * 1024))
        {
            OnPageField = (name, value) =>
            {
                if (name == "total_items" && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var total))
                {
                    processor.Total = total;
                }
            },
            OnItem = (bytes, line) =>
            {
                var source = new RecordSource(sourceName, line);
                if (detected is null)
                {
                    using var first = JsonDocument.Parse(bytes);
                    detected = EntityDetector.Detect(first.RootElement, sourceName);
                    DetectProfile(first.RootElement);
                    if (detected is null)
                    {
                        collector.FeedError("feed", source.Describe(), "cannot tell which HSDS records this list holds (services, organizations, locations ...)");
                        detected = HsdsEntity.Service;
                    }
                }

                pending.Add(detected.Value, bytes, source);
            },
            OnOversizeItem = (line, bytes) =>
            {
                pending.Flush();
                processor.Oversize(detected ?? HsdsEntity.Service, new RecordSource(sourceName, line), bytes);
            },
        };
        try
        {
            await streamer.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Records read before a fault in the JSON are still taken.
            pending.Flush();
        }
    }

    private async Task DocumentAsync(Stream stream, string sourceName, HsdsEntity? entity, CancellationToken cancellationToken)
    {
        if (stream.CanSeek && stream.Length - stream.Position > MaxDocumentBytes)
        {
            collector.FeedError("feed", sourceName, $"is a single JSON document over {MaxDocumentBytes / (1024 * 1024)} MB; publish large feeds as a list of records");
            return;
        }

        using var document = await JsonDocument.ParseAsync(stream, default, cancellationToken).ConfigureAwait(false);
        var root = document.RootElement;
        if (TabularJson.IsTabular(root))
        {
            DetectProfile(root);
            new TabularAssembler(collector, processor).Assemble(TabularJson.Tables(root, sourceName));
            return;
        }

        if (EntityDetector.IsApiDescription(root))
        {
            collector.FeedWarning("feed", sourceName, "describes an HSDS API (version, profile, openapi_url) and holds no records");
            return;
        }

        DetectProfile(root);
        if ((entity ?? EntityDetector.Detect(root, sourceName)) is { } kind)
        {
            processor.Process(kind, root, root.GetRawText(), new RecordSource(sourceName, 1));
        }
        else
        {
            collector.FeedError("feed", sourceName, "cannot tell which HSDS record this is (a service, organization, location ...)");
        }
    }

    private bool _profileSettled;

    private void DetectProfile(JsonElement record)
    {
        if (_profileSettled || collector.Options.Profile is not null)
        {
            return;
        }

        _profileSettled = true;
        if (ProfileDetector.HasUkFields(record))
        {
            collector.Profile = HsdsProfile.UkProfile;
        }
    }

    // System.Text.Json appends "LineNumber: 3 | BytePositionInLine: 7." to its messages; the source already says where.
    private static string Plain(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd();
    }
}
