using Linkwork.Data;

namespace Linkwork.Web.Hosting;

/// <summary>The "Linkwork" section of configuration (appsettings.json, Linkwork__... variables, flags).</summary>
public sealed class LinkworkSettings
{
    public const string Section = "Linkwork";

    /// <summary>Where the SQLite database and other files live; relative paths are from the working directory.</summary>
    public string DataDirectory { get; set; } = "data";

    public DatabaseSettings Database { get; set; } = new();
}

public sealed class DatabaseSettings
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}
