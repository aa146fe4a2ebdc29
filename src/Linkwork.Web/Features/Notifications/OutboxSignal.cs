using Linkwork.Web.Hosting;

namespace Linkwork.Web.Features.Notifications;

/// <summary>Wakes this instance's email delivery worker when a message has just been saved.</summary>
public sealed class OutboxSignal : WakeSignal;
