using Linkwork.Domain.Common;

namespace Linkwork.Domain.Notifications;

/// <summary>
/// The HTTP headers a subscriber asks to have sent with each notification ("Authorization: Bearer ..."), each
/// "Name: value" on one line. Headers the server itself sets are refused, so a subscriber cannot change how a
/// notification is framed.
/// </summary>
public static class SubscriptionHeaders
{
    public const int MaxCount = 10;
    public const int MaxLength = 1_000;

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Content-Type", "Content-Length", "Transfer-Encoding", "Connection", "Upgrade", "Expect", "TE", "Trailer", "Keep-Alive",
        "Proxy-Authorization", "Proxy-Connection",
    };

    /// <summary>What is wrong with each header, or an empty list when they can all be sent.</summary>
    public static IReadOnlyList<string> Problems(IReadOnlyList<string> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var problems = new List<string>();
        if (headers.Count > MaxCount)
        {
            problems.Add($"channel.header may hold at most {MaxCount} headers.");
        }

        for (var i = 0; i < headers.Count; i++)
        {
            if (Split(headers[i]) is not { } header)
            {
                problems.Add($"channel.header[{i}] must be one line 'Name: value' of at most {MaxLength} characters, such as 'Authorization: Bearer abc'.");
            }
            else if (Reserved.Contains(header.Name))
            {
                problems.Add($"channel.header[{i}] sets {header.Name}, which the server sets itself.");
            }
        }

        return problems;
    }

    /// <summary>The header's name and value, or null when it is not one line "Name: value" with a token for a name.</summary>
    public static (string Name, string Value)? Split(string header)
    {
        if (string.IsNullOrWhiteSpace(header) || header.Length > MaxLength || header.Any(c => char.IsControl(c) && c != '\t'))
        {
            return null;
        }

        var colon = header.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        var name = header[..colon].Trim();
        // RFC 9110 token characters: anything else cannot be a field name.
        return name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c, StringComparison.Ordinal))
            ? (name, header[(colon + 1)..].Trim())
            : null;
    }

    /// <summary>Stored one a line: a header can never hold a line break.</summary>
    public static string Join(IReadOnlyList<string> headers) => string.Join('\n', headers.Select(h => h.Trim()));

    public static IReadOnlyList<string> Parse(string joined) =>
        string.IsNullOrEmpty(joined) ? [] : joined.Split('\n');

    internal static string Checked(IReadOnlyList<string> headers)
    {
        var problems = Problems(headers);
        return problems.Count > 0 ? throw new DomainRuleException(problems[0]) : Join(headers);
    }
}
