using Linkwork.Data;
using Linkwork.Domain.Notifications;
using Linkwork.Web.Features.Access;

namespace Linkwork.Web.Features.Notifications;

/// <summary>
/// Tells a user something inside the app. One line at the point of use:
/// <c>notify.User(providerUserId, "New referral from Rotherham link workers", $"/app/referrals/{id}")</c>.
/// The notification joins the caller's unit of work, so it is saved with the change it tells of or not at all.
/// </summary>
public sealed class Notify(LinkworkDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    /// <param name="userAccountId">The account to tell.</param>
    /// <param name="text">One sentence; it is shown as the text of a link.</param>
    /// <param name="link">A page of this site, starting with "/".</param>
    /// <param name="programmeId">The programme, when the caller carries none (background jobs, the command line).</param>
    public Notification User(Guid userAccountId, string text, string link, Guid? programmeId = null)
    {
        var programme = programmeId ?? http.HttpContext?.User.ProgrammeOf()
            ?? throw new InvalidOperationException("No programme: outside a signed-in request, pass the programme the notification belongs to.");
        var now = clock.GetUtcNow();
        var notification = Notification.Create(Guid.CreateVersion7(now), userAccountId, programme, text, link, now);
        db.Notifications.Add(notification);
        return notification;
    }
}
