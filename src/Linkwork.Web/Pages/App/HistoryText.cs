using Linkwork.Web.Features.Pathway.Episodes;

namespace Linkwork.Web.Pages.App;

/// <summary>An event of the pathway's log in words: a move names where it went, other changes say what they were.</summary>
public static class HistoryText
{
    public static string What(EventView entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var to = Spaced(entry.To);
        return entry.From is null ? $"Created: {to}"
            : entry.From != entry.To ? $"{Spaced(entry.From)} → {to}"
            : entry.ReasonCode switch
            {
                "assigned" => "Assigned",
                "contact.reached" => "Contact: reached",
                "contact.not-reached" => "Contact: not reached",
                "what-matters" => "What matters updated",
                "follow-up.added" => "Follow-up planned",
                "follow-up.done" => "Follow-up done",
                "follow-up.cancelled" => "Follow-up cancelled",
                "safeguarding.raised" => "Safeguarding concern raised",
                "safeguarding.resolved" => "Safeguarding concern resolved",
                _ => "Updated",
            };
    }

    /// <summary>The coded reason in words where there is one, and the free-text reason.</summary>
    public static string Why(EventView entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var code = entry.From != entry.To && entry.ReasonCode is { } reasonCode && !reasonCode.Contains('.', StringComparison.Ordinal) && !reasonCode.Contains('-', StringComparison.Ordinal)
            ? Spaced(reasonCode) : null;
        return string.Join(": ", new[] { code, entry.Reason }.Where(s => !string.IsNullOrWhiteSpace(s)));
    }

    private static string Spaced(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : c.ToString()));
}
