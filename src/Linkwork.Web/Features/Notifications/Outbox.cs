using Linkwork.Data;
using Linkwork.Domain.Notifications;
using Linkwork.Web.Features.Access;

namespace Linkwork.Web.Features.Notifications;

/// <summary>
/// Queues email. One line at the point of use: <c>outbox.Email(to, subject, body, "referral.received")</c>.
/// The message joins the caller's unit of work, so it is saved with the change that caused it or not at all, and
/// nothing is sent for a change that was rolled back. A background worker delivers it after the save.
/// </summary>
public sealed class Outbox(LinkworkDbContext db, IHttpContextAccessor http, TimeProvider clock, OutboxSignal signal)
{
    private bool _wakesAfterSave;

    /// <param name="to">The recipient's address.</param>
    /// <param name="subject">One line.</param>
    /// <param name="textBody">The plain-text message; every message has one.</param>
    /// <param name="kind">A dotted name of what the message is about ("referral.received"): logs and reports use it, never the content.</param>
    /// <param name="htmlBody">An HTML alternative, if any.</param>
    /// <param name="programmeId">The programme, when the caller carries none (background jobs, the command line).</param>
    public OutboxMessage Email(string to, string subject, string textBody, string kind, string? htmlBody = null, Guid? programmeId = null)
    {
        var now = clock.GetUtcNow();
        var message = OutboxMessage.Create(
            Guid.CreateVersion7(now), programmeId ?? http.HttpContext?.User.ProgrammeOf(), kind, to, subject, textBody, htmlBody, now);
        db.OutboxMessages.Add(message);
        if (!_wakesAfterSave)
        {
            _wakesAfterSave = true;
            db.SavedChanges += WakeWorker;
        }

        return message;
    }

    // Inside an explicit transaction this fires before the commit; the worker then finds the message on its next poll.
    private void WakeWorker(object? sender, Microsoft.EntityFrameworkCore.SavedChangesEventArgs e) => signal.Wake();
}
