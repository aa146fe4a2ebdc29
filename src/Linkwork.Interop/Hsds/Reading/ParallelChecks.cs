using System.Text;
using System.Text.Json;

namespace Linkwork.Interop.Hsds;

/// <summary>
/// The schema check is most of the cost of reading a record, and it shares nothing, so the records of a list are
/// gathered a few hundred at a time, parsed and checked on every core, then mapped one by one in feed order.
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

        var checkedItems = new (JsonDocument Document, string Raw, IReadOnlyList<HsdsValidationError>? Errors)[_items.Count];
        Parallel.For(0, _items.Count, i =>
        {
            var (entity, bytes, _, path) = _items[i];
            var document = JsonDocument.Parse(bytes);
            var raw = Encoding.UTF8.GetString(bytes.Span);
            checkedItems[i] = (document, raw, processor.IsTooBig(entity, document.RootElement, raw) ? null : processor.Validate(entity, document.RootElement, raw, path));
        });

        for (var i = 0; i < _items.Count; i++)
        {
            using var document = checkedItems[i].Document;
            var (entity, _, source, path) = _items[i];
            processor.Process(entity, document.RootElement, checkedItems[i].Raw, source, path, errors: checkedItems[i].Errors);
        }

        _items.Clear();
    }

    public void Dispose() => _items.Clear();
}
