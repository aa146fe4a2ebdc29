using Microsoft.Net.Http.Headers;

namespace Linkwork.Web.Hosting;

/// <summary>
/// A record's version as an HTTP entity tag (<c>"7"</c>), so <c>If-Match</c> carries the version a caller read and
/// a stale write answers 412 instead of overwriting someone else's change.
/// </summary>
public static class VersionTag
{
    public static string Of(int version) => $"\"{version}\"";

    /// <summary>
    /// The version named by <c>If-Match</c>, null when the header is absent or <c>*</c>. A header that names no
    /// version of ours is the caller's mistake: false, answered 400.
    /// </summary>
    public static bool TryReadIfMatch(HttpRequest request, out int? version)
    {
        ArgumentNullException.ThrowIfNull(request);
        version = null;
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header) || header.Trim() == "*")
        {
            return true;
        }

        if (!EntityTagHeaderValue.TryParse(header.Trim(), out var tag) || tag.IsWeak
            || !int.TryParse(tag.Tag.AsSpan(1, tag.Tag.Length - 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
        {
            return false;
        }

        version = parsed;
        return true;
    }
}
