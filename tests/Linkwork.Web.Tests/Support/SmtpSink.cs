using System.Diagnostics;
using System.Net.Sockets;
using MimeKit;

namespace Linkwork.Web.Tests.Support;

/// <summary>
/// A real SMTP server on a free loopback port: Debian's aiosmtpd, storing every message it accepts in a maildir.
/// It can be stopped and started again on the same port, to play a mail server that goes away and comes back.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly string _directory = System.IO.Directory.CreateTempSubdirectory("linkwork-smtp-").FullName;
    private Process? _server;

    public int Port { get; } = FreePort();

    private string Maildir => Path.Combine(_directory, "maildir");

    public async Task StartAsync()
    {
        if (_server is { HasExited: false })
        {
            return;
        }

        var python = TestEnvironment.SmtpSinkPython ?? throw new InvalidOperationException("LINKWORK_TEST_SMTP_PYTHON is not set.");
        var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // -n: stay the user we are (as root it would otherwise switch to nobody, who cannot write the maildir).
        foreach (var arg in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", Maildir })
        {
            start.ArgumentList.Add(arg);
        }

        _server = Process.Start(start)!;
        // Drain its output so a chatty server never blocks on a full pipe.
        _server.OutputDataReceived += (_, _) => { };
        _server.ErrorDataReceived += (_, _) => { };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        await WaitUntilAsync(async () => await AcceptsAsync(), "the SMTP sink to accept connections");
    }

    public async Task StopAsync()
    {
        if (_server is null)
        {
            return;
        }

        if (!_server.HasExited)
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }

        _server.Dispose();
        _server = null;
        await WaitUntilAsync(async () => !await AcceptsAsync(), "the SMTP sink to stop");
    }

    /// <summary>Every message received so far.</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        var messages = new List<MimeMessage>();
        foreach (var folder in new[] { "new", "cur" })
        {
            var path = Path.Combine(Maildir, folder);
            if (!System.IO.Directory.Exists(path))
            {
                continue;
            }

            // The maildir writes into tmp/ and renames into new/, so every file here is complete.
            foreach (var file in System.IO.Directory.GetFiles(path))
            {
                messages.Add(MimeMessage.Load(file));
            }
        }

        return messages;
    }

    /// <summary>The messages with this subject, once there is at least one.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(string subject)
    {
        List<MimeMessage> found = [];
        await WaitUntilAsync(() =>
        {
            found = Messages().Where(m => m.Subject == subject).ToList();
            return Task.FromResult(found.Count > 0);
        }, $"a message with the subject '{subject}'");
        return found;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        System.IO.Directory.Delete(_directory, recursive: true);
    }

    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, int seconds = 30)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {seconds} s for {what}.");
            }

            await Task.Delay(50);
        }
    }

    private async Task<bool> AcceptsAsync()
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
