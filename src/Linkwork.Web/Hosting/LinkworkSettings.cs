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
