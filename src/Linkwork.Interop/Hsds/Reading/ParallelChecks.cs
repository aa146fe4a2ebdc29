using System.Text;
using System.Text.Json;

namespace Linkwork.Interop.Hsds;

/// <summary>
/// The schema check and the mapping of a service are most of the cost of reading a record, and they share nothing,
/// so the records of a list are gathered a few hundred at a time and parsed, checked and (services) mapped on every
/// core, while the reading thread goes on streaming the next batch; each batch is then handed to the collector one
/// record at a time in feed order, so records and errors come out in the same order however the checks ran.
/// </summary>
internal sealed class ParallelChecks(RecordProcessor processor) : IDisposable
{
    private const int BatchSize = 512;

    private List<Item> _items = new(BatchSize);
    private (List<Item> Items, Task<Checked[]> Checks)? _inFlight;

    public void Add(HsdsEntity entity, ReadOnlyMemory<byte> bytes, RecordSource source)
    {
        // Paths are numbered as records arrive, so they follow the feed whatever order the checks finish in.
        _items.Add(new Item(entity, bytes, source, processor.NextPath(entity)));
        if (_items.Count == BatchSize)
        {
            var batch = Take();
            var checks = Task.Run(() => Check(batch));
            HandOverInFlight();
            _inFlight = (batch, checks);
        }
    }

    /// <summary>Hands over every record added so far, checking the last few on this thread.</summary>
    public void Flush()
    {
        HandOverInFlight();
        if (_items.Count > 0)
        {
            var batch = Take();
            HandOver(batch, Check(batch));
        }
    }

    public void Dispose()
    {
        // Only after a failure can a batch still be in flight: its documents go back to the pool unread.
        if (_inFlight is { } inFlight)
        {
            _inFlight = null;
            if (inFlight.Checks.Wait(Timeout.Infinite) && inFlight.Checks.IsCompletedSuccessfully)
            {
                foreach (var result in inFlight.Checks.Result)
                {
                    result.Document.Dispose();
                }
            }
        }

        _items.Clear();
    }

    private List<Item> Take()
    {
        var batch = _items;
        _items = new List<Item>(BatchSize);
        return batch;
    }

    private void HandOverInFlight()
    {
        if (_inFlight is { } inFlight)
        {
            _inFlight = null;
            HandOver(inFlight.Items, inFlight.Checks.GetAwaiter().GetResult());
        }
    }

    private Checked[] Check(List<Item> batch)
    {
        var results = new Checked[batch.Count];
        Parallel.For(0, batch.Count, i =>
        {
            var (entity, bytes, _, path) = batch[i];
            var document = JsonDocument.Parse(bytes);
            // Sizes are counted in characters of JSON text, as for records read whole, without making the text.
            var length = Encoding.UTF8.GetCharCount(bytes.Span);
            var errors = processor.IsTooBig(entity, document.RootElement, length)
                ? null
                : processor.Validate(entity, document.RootElement, () => Encoding.UTF8.GetString(bytes.Span), path);
            results[i] = new Checked(document, length, errors, errors is { Count: 0 } ? processor.Premap(entity, document.RootElement, path) : null);
        });
        return results;
    }

    private void HandOver(List<Item> batch, Checked[] results)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            using var document = results[i].Document;
            var (entity, _, source, path) = batch[i];
            var (_, length, errors, premapped) = results[i];
            processor.ProcessChecked(entity, document.RootElement, length, source, path, null, errors, premapped);
        }
    }

    private readonly record struct Item(HsdsEntity Entity, ReadOnlyMemory<byte> Bytes, RecordSource Source, string Path);

    private readonly record struct Checked(JsonDocument Document, int Length, IReadOnlyList<HsdsValidationError>? Errors, PremappedService? Premapped);
}
