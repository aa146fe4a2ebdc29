using Linkwork.Data;

namespace Linkwork.Web.Hosting;

/// <summary>The "Linkwork" section of configuration (appsettings.json, Linkwork__... variables, flags).</summary>
public sealed class LinkworkSettings
{
    public const string Section = "Linkwork";

    /// <summary>Where the SQLite database and other files live; relative paths are from the working directory.</summary>
    public string DataDirectory { get; set; } = "data";

    public DatabaseSettings Database { get; set; } = new();

    public MapSettings Map { get; set; } = new();

    public SmtpSettings Smtp { get; set; } = new();

    public Fhir.Subscriptions.SubscriptionSettings FhirSubscriptions { get; set; } = new();

    public Features.Pathway.PublicReferrals.SelfReferralSettings SelfReferral { get; set; } = new();

    /// <summary>The address people reach the site at, for links in email (which cannot be relative).</summary>
    public string PublicUrl { get; set; } = "http://127.0.0.1:5080";
}

/// <summary>
/// Where map tiles come from. Leave <see cref="TileUrl"/> empty for no tiles: the markers and the list still work.
/// A busy deployment should use its own tile server or a provider's key, per the OpenStreetMap tile usage policy.
/// </summary>
public sealed class MapSettings
{
    public string TileUrl { get; set; } = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    public string Attribution { get; set; } = "© OpenStreetMap contributors";
}

public sealed class DatabaseSettings
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}

/// <summary>
/// The mail server the outbox delivers through. With no <see cref="Host"/> nothing is sent: messages wait in the
/// outbox until one is set. <see cref="UseTls"/> is on by default; turn it off only for a local sink.
/// </summary>
public sealed class SmtpSettings
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>The sender address, e.g. "Linkwork &lt;linkwork@example.org&gt;".</summary>
    public string? From { get; set; }

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>Port 465 speaks TLS from the start; any other port must upgrade with STARTTLS.</summary>
    public bool UseTls { get; set; } = true;

    /// <summary>Attempts before a message is marked Failed; the waits between them double from one minute up to an hour.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>How often each instance looks for due messages; a save on the same instance wakes it at once.</summary>
    public int PollSeconds { get; set; } = 30;
}
