using Linkwork.Domain.Notifications;
using MimeKit;

namespace Linkwork.Web.Features.Notifications;

/// <summary>Turns an outbox row into the MIME message the mail server receives.</summary>
internal static class OutboxMail
{
    /// <summary>Null when the stored recipient cannot be read as an address, which no retry will fix.</summary>
    public static MimeMessage? Compose(OutboxMessage message, MailboxAddress from)
    {
        if (!MailboxAddress.TryParse(message.Recipient, out var to))
        {
            return null;
        }

        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Date = message.CreatedAt,
            // The same id on every attempt, so a receiver can drop the copy a lost lease may cause.
            MessageId = $"{message.Id:N}@{DomainOf(from)}",
            Body = body.ToMessageBody(),
        };
        mime.From.Add(from);
        mime.To.Add(to);
        mime.Headers.Add("X-Linkwork-Kind", message.Kind);
        // Notifications are automatic: out-of-office replies should not answer them (RFC 3834).
        mime.Headers.Add("Auto-Submitted", "auto-generated");
        return mime;
    }

    private static string DomainOf(MailboxAddress from) =>
        from.Domain is { Length: > 0 } domain ? domain : "linkwork.invalid";
}
