using System.Text;
using System.Text.Json;

namespace Linkwork.Interop.Hsds;

/// <summary>
/// The schema check and the mapping of a service are most of the cost of reading a record, and they share nothing,
/// so the records of a list are gathered a few hundred at a time, parsed, checked and (services) mapped on every
/// core, then handed to the collector one by one in feed order.
/// </summary>
internal sealed class ParallelChecks(RecordProcessor processor) : IDisposable
{
    private const int BatchSize = 256;

    private readonly List<(HsdsEntity Entity, ReadOnlyMemory<byte> Bytes, RecordSource Source, string Path)> _items = new(BatchSize);

    public void Add(HsdsEntity entity, ReadOnlyMemory<byte> bytes, RecordSource source)
    {
        // Paths are numbered as records arrive, so they follow the feed whatever order the checks finish in.
        _items.Add((entity, bytes, source, processor.NextPath(entity)));
        if (_items.Count == BatchSize)
        {
            Flush();
        }
    }

    public void Flush()
    {
        if (_items.Count == 0)
        {
            return;
        }

        var checkedItems = new (JsonDocument Document, int Length, IReadOnlyList<HsdsValidationError>? Errors, PremappedService? Premapped)[_items.Count];
        Parallel.For(0, _items.Count, i =>
        {
            var (entity, bytes, _, path) = _items[i];
            var document = JsonDocument.Parse(bytes);
            // Sizes are counted in characters of JSON text, as for records read whole, without making the text.
            var length = Encoding.UTF8.GetCharCount(bytes.Span);
            var errors = processor.IsTooBig(entity, document.RootElement, length)
                ? null
                : processor.Validate(entity, document.RootElement, () => Encoding.UTF8.GetString(bytes.Span), path);
            checkedItems[i] = (document, length, errors, errors is { Count: 0 } ? processor.Premap(entity, document.RootElement, path) : null);
        });

        for (var i = 0; i < _items.Count; i++)
        {
            using var document = checkedItems[i].Document;
            var (entity, _, source, path) = _items[i];
            var (_, length, errors, premapped) = checkedItems[i];
            processor.ProcessChecked(entity, document.RootElement, length, source, path, null, errors, premapped);
        }

        _items.Clear();
    }

    public void Dispose() => _items.Clear();
}
