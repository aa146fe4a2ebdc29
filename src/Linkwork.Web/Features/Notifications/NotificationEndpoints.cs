using System.Security.Claims;
using Linkwork.Web.Features.Access;

namespace Linkwork.Web.Features.Notifications;

/// <summary>The signed-in caller's own notifications; nobody reads or marks another's.</summary>
public static class NotificationEndpoints
{
    public static void MapNotificationEndpoints(this RouteGroupBuilder api)
    {
        var notifications = api.MapGroup("/notifications").WithTags("Notifications");

        notifications.MapGet("/", async (ClaimsPrincipal user, ListNotifications list, int? page, CancellationToken cancellationToken) =>
                user.Id() is { } id ? Results.Ok(await list.HandleAsync(id, page ?? 1, cancellationToken)) : Results.Forbid())
            .WithName("ListNotifications")
            .WithSummary("The caller's notifications, newest first, 20 a page, with the number unread.");

        notifications.MapPost("/{id:guid}/read", async (Guid id, ClaimsPrincipal user, MarkNotificationRead mark, CancellationToken cancellationToken) =>
                user.Id() is { } userId && await mark.HandleAsync(userId, id, cancellationToken)
                    ? Results.NoContent()
                    : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such notification", detail: "You have no notification with this id."))
            .WithName("MarkNotificationRead")
            .WithSummary("Marks one of the caller's notifications read.");
    }
}
