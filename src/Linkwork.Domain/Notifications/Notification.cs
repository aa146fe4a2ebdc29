using Linkwork.Domain.Common;

namespace Linkwork.Domain.Notifications;

/// <summary>A line in a user's own list of things to look at: a new referral, a changed status, a deadline that is near.</summary>
public sealed class Notification
{
    public const int TextMaxLength = 500;
    public const int LinkMaxLength = 500;

    private Notification() { }

    public Guid Id { get; private set; }
    public Guid UserAccountId { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public string Text { get; private set; } = "";

    /// <summary>A path inside the site, such as /app/referrals/{id}: a notification never sends anyone elsewhere.</summary>
    public string Link { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    public bool IsRead => ReadAt is not null;

    public static Notification Create(Guid id, Guid userAccountId, Guid programmeId, string text, string link, DateTimeOffset now) => new()
    {
        Id = id,
        UserAccountId = userAccountId,
        ProgrammeId = programmeId,
        Text = Common.Text.Required(text, "The notification's text", TextMaxLength),
        Link = SiteLink(link),
        CreatedAt = now,
    };

    /// <summary>Reading twice keeps the first time.</summary>
    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;

    private static string SiteLink(string link)
    {
        var trimmed = Common.Text.Required(link, "The notification's link", LinkMaxLength);
        // "//host" and "/\host" are read by browsers as another site.
        if (!trimmed.StartsWith('/') || trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith("/\\", StringComparison.Ordinal)
            || trimmed.Any(char.IsControl))
        {
            throw new DomainRuleException("A notification's link must be a page of this site, such as /app/referrals/123.");
        }

        return trimmed;
    }
}
