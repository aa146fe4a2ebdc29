using System.Buffers;
using System.Text.Json;

namespace Linkwork.Domain.Common;

/// <summary>
/// Whether two records say the same thing, lists included: records compare lists by reference, and a re-import
/// brings equal content in new lists, which must not count as a change.
/// </summary>
public static class SameContent
{
    // A re-import compares every record it already has: the JSON is written into buffers kept per thread and compared
    // as bytes, rather than made into two strings a record.
    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Left, ArrayBufferWriter<byte> Right, Utf8JsonWriter Writer)? _buffers;

    public static bool Of<T>(T a, T b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        _buffers ??= (new ArrayBufferWriter<byte>(), new ArrayBufferWriter<byte>(), new Utf8JsonWriter(Stream.Null));
        var (left, right, writer) = _buffers.Value;
        Write(writer, left, a);
        Write(writer, right, b);
        return left.WrittenSpan.SequenceEqual(right.WrittenSpan);
    }

    private static void Write<T>(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, T value)
    {
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        JsonSerializer.Serialize(writer, value);
        writer.Flush();
    }
}
