using System.Text;
using System.Text.Json;
using Linkwork.Interop.Hsds;
using Xunit;

namespace Linkwork.Interop.Tests.Hsds;

public sealed class JsonItemStreamerTests
{
    [Fact]
    public async Task A_hundred_megabyte_array_is_read_through_a_small_buffer()
    {
        var items = 0L;
        var lastLine = 0;
        var streamer = new JsonItemStreamer(new GeneratedFeed(400_000, page: false), 16 << 20)
        {
            OnItem = (bytes, line) =>
            {
                items++;
                lastLine = line;
            },
        };

        await streamer.ReadAsync(TestContext.Current.CancellationToken);

        Assert.Equal(400_000, items);
        Assert.Equal(400_001, lastLine);
        Assert.True(streamer.BytesRead > 100_000_000, $"{streamer.BytesRead:N0}");
        Assert.True(streamer.BufferCapacity <= 128 * 1024, $"buffer grew to {streamer.BufferCapacity:N0} bytes");
    }

    [Fact]
    public async Task A_page_hands_over_its_fields_and_its_contents()
    {
        var fields = new Dictionary<string, string>();
        var items = new List<string>();
        var json = "{\"total_items\":2,\"links\":{\"next\":null},\"contents\":[{\"id\":1},\n{\"id\":2}],\"last_page\":true}";
        var streamer = new JsonItemStreamer(new MemoryStream(Encoding.UTF8.GetBytes(json)), 1 << 20)
        {
            OnItem = (bytes, line) => items.Add(Encoding.UTF8.GetString(bytes.Span) + "@" + line),
            OnPageField = (name, value) => fields[name] = value.GetRawText(),
        };

        await streamer.ReadAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["{\"id\":1}@1", "{\"id\":2}@2"], items);
        Assert.Equal(new Dictionary<string, string> { ["total_items"] = "2", ["last_page"] = "true" }, fields);
    }

    [Theory]
    [InlineData("[{\"id\":1},]", 1)]
    [InlineData("[{\"id\":1}\n{\"id\":2}]", 2)]
    [InlineData("[{\"id\":1}] trailing", 1)]
    [InlineData("[\n{\"id\":1},\n{\"id\":", 3)]
    public async Task Broken_json_throws_with_its_line(string json, long line)
    {
        var streamer = new JsonItemStreamer(new MemoryStream(Encoding.UTF8.GetBytes(json)), 1 << 20);

        var error = await Assert.ThrowsAnyAsync<JsonException>(() => streamer.ReadAsync(TestContext.Current.CancellationToken));

        Assert.Equal(line, error.LineNumber + 1);
    }

    /// <summary>A feed of small services made up as it is read, so the test itself holds none of it.</summary>
    private sealed class GeneratedFeed(int count, bool page) : Stream
    {
        private int _next = -1;
        private byte[] _pending = [];
        private int _offset;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_offset == _pending.Length)
            {
                _pending = NextChunk();
                _offset = 0;
            }

            var n = Math.Min(buffer.Length, _pending.Length - _offset);
            _pending.AsSpan(_offset, n).CopyTo(buffer);
            _offset += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

        private byte[] NextChunk()
        {
            _next++;
            if (_next == 0)
            {
                return Encoding.UTF8.GetBytes(page ? "{\"contents\":[" : "[");
            }

            if (_next > count)
            {
                return _next == count + 1 ? Encoding.UTF8.GetBytes(page ? "]}" : "\n]") : [];
            }

            var separator = _next == 1 ? "\n" : ",\n";
            return Encoding.UTF8.GetBytes(separator + Feeds.Service(_next, $",\"description\":\"{new string('d', 200)}\""));
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
