namespace Linkwork.Tests;

/// <summary>Finds the repository and the shared standards folder beside it, from wherever the tests run.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Standards => Path.GetFullPath(Path.Combine(Root, "..", "shared", "standards"));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Linkwork.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find Linkwork.slnx above " + AppContext.BaseDirectory);
    }
}
