using Linkwork.Data;
using Linkwork.Domain.Notifications;
using Linkwork.Web.Hosting;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Linkwork.Web.Features.Notifications;

/// <summary>
/// One pass over the outbox: claims each due message, sends it through SMTP and records the outcome. Any number of
/// passes may run at once, in one instance or several: the claim makes sure each message goes to one of them.
/// </summary>
public sealed partial class OutboxDelivery(IServiceScopeFactory scopes, IOptions<LinkworkSettings> options, TimeProvider clock, ILogger<OutboxDelivery> logger)
{
    public const int BatchSize = 50;

    private readonly SmtpSettings _smtp = options.Value.Smtp;

    /// <summary>The first setting that is missing for email to be sent, or null when it can be sent.</summary>
    public string? MissingSetting =>
        string.IsNullOrWhiteSpace(_smtp.Host) ? "Linkwork__Smtp__Host"
        : string.IsNullOrWhiteSpace(_smtp.From) || !MailboxAddress.TryParse(_smtp.From, out _) ? "Linkwork__Smtp__From"
        : null;

    /// <summary>Sends what is due now; returns how many messages were sent.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken = default)
    {
        if (MissingSetting is not null)
        {
            return 0;
        }

        var from = MailboxAddress.Parse(_smtp.From!);
        var maxAttempts = Math.Max(_smtp.MaxAttempts, 1);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LinkworkDbContext>();
        var due = await OutboxClaims.DueAsync(db, clock.GetUtcNow(), BatchSize, cancellationToken);
        SmtpSession? session = null;
        DeliveryError.Description? unreachable = null;
        var sent = 0;
        try
        {
            foreach (var id in due)
            {
                var now = clock.GetUtcNow();
                var lease = Guid.CreateVersion7(now);
                if (await OutboxClaims.ClaimAsync(db, id, lease, now, cancellationToken) is not { } message)
                {
                    continue;
                }

                var mime = OutboxMail.Compose(message, from);
                // Once the server is known to be away, the rest of the pass records that without waiting on it again.
                var failure = mime is null ? DeliveryError.InvalidRecipient : unreachable;
                if (failure is null && mime is not null)
                {
                    try
                    {
                        session ??= await SmtpSession.OpenAsync(_smtp, cancellationToken);
                        await session.SendAsync(mime, cancellationToken);
                    }
                    catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not OutOfMemoryException)
                    {
                        failure = DeliveryError.Of(e);
                    }
                }

                if (failure is null)
                {
                    sent++;
                    if (await OutboxClaims.MarkSentAsync(db, id, lease, clock.GetUtcNow(), cancellationToken))
                    {
                        LogSent(message.Id, message.Kind, message.Attempts);
                    }
                    else
                    {
                        LogLeaseLost(message.Id);
                    }

                    continue;
                }

                var status = await OutboxClaims.RecordFailureAsync(db, message, lease, failure.Text, failure.Permanent, maxAttempts, cancellationToken);
                if (status == OutboxStatus.Failed)
                {
                    LogGaveUp(message.Id, message.Kind, message.Attempts, failure.Text);
                }
                else if (status == OutboxStatus.Pending)
                {
                    LogWillRetry(message.Id, message.Kind, message.Attempts, failure.Text);
                }
                else
                {
                    LogLeaseLost(message.Id);
                }

                if (failure.ServerUnreachable)
                {
                    unreachable = failure;
                }
            }
        }
        finally
        {
            if (session is not null)
            {
                await session.DisposeAsync();
            }
        }

        return sent;
    }

    [LoggerMessage(EventId = 8001, Level = LogLevel.Information, Message = "Email {MessageId} ({Kind}) sent on attempt {Attempt}")]
    private partial void LogSent(Guid messageId, string kind, int attempt);

    [LoggerMessage(EventId = 8002, Level = LogLevel.Warning, Message = "Email {MessageId} ({Kind}) failed on attempt {Attempt}: {Error}; it will be retried")]
    private partial void LogWillRetry(Guid messageId, string kind, int attempt, string error);

    [LoggerMessage(EventId = 8003, Level = LogLevel.Error, Message = "Email {MessageId} ({Kind}) failed on attempt {Attempt}: {Error}; giving up")]
    private partial void LogGaveUp(Guid messageId, string kind, int attempt, string error);

    [LoggerMessage(EventId = 8004, Level = LogLevel.Warning, Message = "Email {MessageId} outlived its lease; another worker holds it now")]
    private partial void LogLeaseLost(Guid messageId);
}
