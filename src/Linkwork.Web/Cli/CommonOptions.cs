using System.CommandLine;

namespace Linkwork.Web.Cli;

/// <summary>Options every command takes.</summary>
public static class CommonOptions
{
    public static Option<string?> Data { get; } = new("--data")
    {
        Description = "Folder for the SQLite database and other files (default ./data, or Linkwork__DataDirectory).",
        Recursive = true,
    };
}
