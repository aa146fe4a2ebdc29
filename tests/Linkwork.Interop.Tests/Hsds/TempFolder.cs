namespace Linkwork.Interop.Tests.Hsds;

/// <summary>A folder of files written by a test, removed afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => System.IO.Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "linkwork-hsds-" + Guid.NewGuid().ToString("N"));

    public TempFolder With(string file, string text)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, file), text);
        return this;
    }

    /// <summary>Copies a published package in, so a test can change one file of it.</summary>
    public TempFolder CopyOf(string folder)
    {
        foreach (var file in System.IO.Directory.GetFiles(folder))
        {
            File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
        }

        return this;
    }

    public void Dispose() => System.IO.Directory.Delete(Path, recursive: true);
}
