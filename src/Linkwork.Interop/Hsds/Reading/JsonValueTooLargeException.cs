namespace Linkwork.Interop.Hsds;

/// <summary>One JSON value (a single string, say) is bigger than reading may buffer, so reading cannot go past it.</summary>
internal sealed class JsonValueTooLargeException(int cap, int line)
    : Exception($"a single JSON value starting on line {line} is larger than {cap / (1024 * 1024)} MB; reading stopped there")
{
    public int Line { get; } = line;
}
