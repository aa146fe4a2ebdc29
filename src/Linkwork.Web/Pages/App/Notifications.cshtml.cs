using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Notifications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwork.Web.Pages.App;

/// <summary>The signed-in user's own notifications, newest first, each a link to the page it is about.</summary>
public sealed class NotificationsModel(ListNotifications list, MarkAllNotificationsRead markAllRead) : PageModel
{
    public ListNotifications.Page List { get; private set; } = new([], 1, false, 0);

    [TempData]
    public string? StatusMessage { get; set; }

    // "page" is also the route value naming the Razor page, which model binding would read first.
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int page = 1, CancellationToken cancellationToken = default)
    {
        if (User.Id() is not { } userId)
        {
            return Forbid();
        }

        List = await list.HandleAsync(userId, page, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostMarkAllReadAsync(CancellationToken cancellationToken = default)
    {
        if (User.Id() is not { } userId)
        {
            return Forbid();
        }

        var marked = await markAllRead.HandleAsync(userId, cancellationToken);
        StatusMessage = marked == 1 ? "1 notification marked read." : $"{marked} notifications marked read.";
        return RedirectToPage();
    }
}
