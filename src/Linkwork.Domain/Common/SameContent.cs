using System.Text.Json;

namespace Linkwork.Domain.Common;

/// <summary>
/// Whether two records say the same thing, lists included: records compare lists by reference, and a re-import
/// brings equal content in new lists, which must not count as a change.
/// </summary>
public static class SameContent
{
    public static bool Of<T>(T a, T b) =>
        ReferenceEquals(a, b) || JsonSerializer.Serialize(a) == JsonSerializer.Serialize(b);
}
