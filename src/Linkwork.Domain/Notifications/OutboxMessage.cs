using Linkwork.Domain.Common;

namespace Linkwork.Domain.Notifications;

/// <summary>
/// An email waiting in the outbox. It is saved with the change that caused it, so a message exists if and only if
/// its change was committed; a background worker delivers it later and retries when the mail server is away.
/// </summary>
public sealed class OutboxMessage
{
    public const int KindMaxLength = 80;
    public const int SubjectMaxLength = 300;
    public const int BodyMaxLength = 100_000;
    public const int ErrorMaxLength = 500;

    private OutboxMessage() { }

    public Guid Id { get; private set; }

    /// <summary>The programme whose work caused the message; null for deployment-wide mail.</summary>
    public Guid? ProgrammeId { get; private set; }

    /// <summary>A dotted name of what the message is about, e.g. "referral.received": safe to log and count.</summary>
    public string Kind { get; private set; } = "";

    public string Recipient { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string TextBody { get; private set; } = "";
    public string? HtmlBody { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public OutboxStatus Status { get; private set; }

    /// <summary>Delivery attempts started, counted when a worker claims the message so a crash mid-send still counts.</summary>
    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }
    public DateTimeOffset? LastAttemptAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>What went wrong last, as an error type and code only: mail servers echo addresses in their replies.</summary>
    public string? LastError { get; private set; }

    /// <summary>The claim of the worker sending the message now; another worker may take it only after <see cref="LeasedUntil"/>.</summary>
    public Guid? LeaseId { get; private set; }

    public DateTimeOffset? LeasedUntil { get; private set; }

    public static OutboxMessage Create(
        Guid id, Guid? programmeId, string kind, string recipient, string subject, string textBody, string? htmlBody, DateTimeOffset now) => new()
        {
            Id = id,
            ProgrammeId = programmeId,
            Kind = Text.Required(kind, "The kind of message", KindMaxLength),
            Recipient = EmailAddress.Optional(recipient, "The recipient's email address")
                ?? throw new DomainRuleException("The recipient's email address is required."),
            // A line break in a subject would start a new header.
            Subject = Text.Required(subject, "The subject", SubjectMaxLength).ReplaceLineEndings(" "),
            TextBody = Text.Required(textBody, "The message", BodyMaxLength),
            HtmlBody = Text.Optional(htmlBody, "The HTML message", BodyMaxLength),
            CreatedAt = now,
            Status = OutboxStatus.Pending,
            NextAttemptAt = now,
        };
}
