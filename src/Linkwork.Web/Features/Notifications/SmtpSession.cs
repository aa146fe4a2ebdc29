using Linkwork.Web.Hosting;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Linkwork.Web.Features.Notifications;

/// <summary>One connection to the mail server, opened for a pass of the outbox and reused for every message in it.</summary>
internal sealed class SmtpSession : IAsyncDisposable
{
    private readonly SmtpClient _client = new() { Timeout = (int)TimeSpan.FromMinutes(1).TotalMilliseconds };

    private SmtpSession() { }

    public static async Task<SmtpSession> OpenAsync(SmtpSettings settings, CancellationToken cancellationToken)
    {
        var session = new SmtpSession();
        try
        {
            var security = !settings.UseTls ? SecureSocketOptions.None
                : settings.Port == 465 ? SecureSocketOptions.SslOnConnect
                : SecureSocketOptions.StartTls;
            await session._client.ConnectAsync(settings.Host!, settings.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.User))
            {
                await session._client.AuthenticateAsync(settings.User, settings.Password ?? "", cancellationToken);
            }

            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken) =>
        await _client.SendAsync(message, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            try
            {
                await _client.DisconnectAsync(quit: true);
            }
            catch (Exception e) when (e is IOException or SmtpProtocolException or SmtpCommandException or OperationCanceledException or TimeoutException)
            {
                // The messages are already handed over; a rude goodbye loses nothing.
            }
        }

        _client.Dispose();
    }
}
