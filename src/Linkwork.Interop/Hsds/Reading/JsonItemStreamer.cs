using System.Text;
using System.Text.Json;

namespace Linkwork.Interop.Hsds;

/// <summary>
/// Walks a JSON array of records, or an HSDS page (an object whose "contents" holds the array), handing over one
/// item at a time as its own bytes. Only the item being read is held, so a 1 GB feed costs what its largest record
/// costs. An item bigger than the buffer cap is skipped, token by token, and reported instead of read.
/// </summary>
internal sealed class JsonItemStreamer(Stream stream, int bufferCap)
{
    private const int InitialBuffer = 64 * 1024;

    private byte[] _buffer = new byte[InitialBuffer];
    private int _start;
    private int _end;
    private bool _eof;
    private JsonReaderState _state;
    private Phase _phase = Phase.Root;
    private int _itemDepth;
    private string? _property;
    private int _skipDepth;
    private int _skipLine;
    private long _skipStartOffset;
    private long _discarded;

    // Line counting: the 1-based line of the byte at _countedPos of the buffer.
    private int _countedPos;
    private int _countedLine = 1;

    private enum Phase { Root, Object, Array, SkipItem, SkipValue, Trailing, Done }

    /// <summary>An item (record) of the array: its bytes, and the line it starts on.</summary>
    public Action<ReadOnlyMemory<byte>, int> OnItem { get; init; } = (_, _) => { };

    /// <summary>An item too big to buffer: the line it starts on and how many bytes it had when it was dropped.</summary>
    public Action<int, long> OnOversizeItem { get; init; } = (_, _) => { };

    /// <summary>A number or boolean beside "contents" in a page (total_items, last_page ...).</summary>
    public Action<string, JsonElement> OnPageField { get; init; } = (_, _) => { };

    public long BytesRead => _discarded + _start;

    /// <summary>How big the buffer had to grow: the largest record read, give or take a block.</summary>
    public int BufferCapacity => _buffer.Length;

    /// <summary>
    /// Reads to the end. A document that is not JSON throws <see cref="JsonException"/> with its line and position;
    /// a single value (one string, say) bigger than the buffer cap throws <see cref="JsonValueTooLargeException"/>.
    /// </summary>
    public async Task ReadAsync(CancellationToken cancellationToken)
    {
        while (_phase != Phase.Done)
        {
            await FillAsync(cancellationToken).ConfigureAwait(false);
            Process();
            if (_eof && _phase != Phase.Done)
            {
                // Everything was handed to the reader as the final block and it still wants more: the document stops short.
                throw new JsonException($"The JSON ends before the {(_phase == Phase.Object ? "object" : "array")} is closed.", null, _countedLine - 1, 0);
            }
        }
    }

    private async Task FillAsync(CancellationToken cancellationToken)
    {
        if (_eof)
        {
            return;
        }

        if (_start > 0)
        {
            LineAt(_start);
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _countedPos -= _start;
            _discarded += _start;
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= bufferCap)
            {
                throw new JsonValueTooLargeException(bufferCap, LineOfNextValue());
            }

            Array.Resize(ref _buffer, Math.Min(bufferCap, _buffer.Length * 2));
        }

        var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        _end += read;
        _eof = read == 0;
        if (_discarded == 0 && _start == 0 && _end >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF && _countedPos == 0)
        {
            // A UTF-8 byte order mark is not JSON; skip it.
            _start = 3;
            _countedPos = 3;
        }
    }

    private void Process()
    {
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _eof, _state);
        while (_phase != Phase.Done)
        {
            var before = reader.CurrentState;
            var beforeConsumed = (int)reader.BytesConsumed;
            if (!reader.Read())
            {
                if (_phase == Phase.Trailing && _eof)
                {
                    _phase = Phase.Done;
                }

                break;
            }

            if (!Step(ref reader, before, beforeConsumed))
            {
                break;
            }
        }

        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
    }

    /// <summary>Handles one token; false when the reader must stop for more data (after rewinding to <paramref name="before"/>).</summary>
    private bool Step(ref Utf8JsonReader reader, JsonReaderState before, int beforeConsumed)
    {
        switch (_phase)
        {
            case Phase.Root when reader.TokenType == JsonTokenType.StartArray:
                (_phase, _itemDepth) = (Phase.Array, 1);
                return true;
            case Phase.Root when reader.TokenType == JsonTokenType.StartObject:
                _phase = Phase.Object;
                return true;
            case Phase.Root:
                throw new JsonException("A feed must be a JSON array of records or an HSDS page object.", null, LineAt(_start + (int)reader.TokenStartIndex) - 1, 0);
            case Phase.Object:
                return ObjectToken(ref reader, before, beforeConsumed);
            case Phase.Array:
                return ArrayToken(ref reader, before, beforeConsumed);
            case Phase.SkipItem or Phase.SkipValue:
                if (reader.CurrentDepth == _skipDepth && reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    if (_phase == Phase.SkipItem)
                    {
                        OnOversizeItem(_skipLine, _discarded + _start + reader.BytesConsumed - _skipStartOffset);
                        _phase = Phase.Array;
                    }
                    else
                    {
                        _phase = Phase.Object;
                    }
                }

                return true;
            default:
                // Trailing: anything but the end after the document closes makes the reader throw.
                return true;
        }
    }

    private bool ObjectToken(ref Utf8JsonReader reader, JsonReaderState before, int beforeConsumed)
    {
        if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == 0)
        {
            _phase = Phase.Trailing;
            return true;
        }

        if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1)
        {
            _property = reader.GetString();
            return true;
        }

        if (_property == "contents" && reader.TokenType == JsonTokenType.StartArray)
        {
            (_phase, _itemDepth) = (Phase.Array, 2);
            return true;
        }

        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            return Skip(ref reader, before, beforeConsumed, Phase.SkipValue);
        }

        if (_property is not null && reader.TokenType is JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.String)
        {
            var raw = reader.ValueSpan.ToArray();
            var json = reader.TokenType == JsonTokenType.String ? JsonSerializer.Serialize(reader.GetString()) : Encoding.UTF8.GetString(raw);
            using var document = JsonDocument.Parse(json);
            OnPageField(_property, document.RootElement.Clone());
        }

        return true;
    }

    private bool ArrayToken(ref Utf8JsonReader reader, JsonReaderState before, int beforeConsumed)
    {
        if (reader.TokenType == JsonTokenType.EndArray && reader.CurrentDepth == _itemDepth - 1)
        {
            _phase = _itemDepth == 1 ? Phase.Trailing : Phase.Object;
            _property = null;
            return true;
        }

        var itemStart = _start + (int)reader.TokenStartIndex;
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            if (!reader.TrySkip())
            {
                return Skip(ref reader, before, beforeConsumed, Phase.SkipItem);
            }
        }

        var itemEnd = _start + (int)reader.BytesConsumed;
        OnItem(_buffer.AsMemory(itemStart, itemEnd - itemStart).ToArray(), LineAt(itemStart));
        return true;
    }

    /// <summary>
    /// The value does not fit in what is buffered. While the buffer may still grow, or shifting out what was already
    /// read would make room, rewind and wait for more; once neither helps, walk past the value token by token.
    /// </summary>
    private bool Skip(ref Utf8JsonReader reader, JsonReaderState before, int beforeConsumed, Phase skipPhase)
    {
        var startOfValue = _start + (int)reader.TokenStartIndex;
        if (_buffer.Length < bufferCap || _start + beforeConsumed > 0)
        {
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && skipPhase == Phase.SkipValue && reader.TrySkip())
            {
                return true;
            }

            // Rewind to just before the value and let the caller shift and grow the buffer.
            _start += beforeConsumed;
            _state = before;
            reader = new Utf8JsonReader(ReadOnlySpan<byte>.Empty, false, before);
            return false;
        }

        (_phase, _skipDepth) = (skipPhase, reader.CurrentDepth);
        _skipLine = LineAt(startOfValue);
        _skipStartOffset = _discarded + startOfValue;
        return true;
    }

    // The value that does not fit starts after any separators left over from the token before it.
    private int LineOfNextValue()
    {
        var position = _start;
        while (position < _end && _buffer[position] is (byte)',' or (byte)':' or (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            position++;
        }

        return LineAt(position);
    }

    private int LineAt(int position)
    {
        if (position > _countedPos)
        {
            _countedLine += _buffer.AsSpan(_countedPos, position - _countedPos).Count((byte)'\n');
            _countedPos = position;
        }

        return _countedLine;
    }
}
