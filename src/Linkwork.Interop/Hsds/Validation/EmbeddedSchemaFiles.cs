using System.Reflection;

namespace Linkwork.Interop.Hsds;

/// <summary>The schema files vendored in Hsds/Schemas, read from the assembly (never from disk).</summary>
internal static class EmbeddedSchemaFiles
{
    private static readonly Assembly Assembly = typeof(EmbeddedSchemaFiles).Assembly;

    public static string Folder(HsdsProfile profile) => profile == HsdsProfile.UkProfile ? "UkProfile" : "Core";

    public static string Read(HsdsProfile profile, string fileName)
    {
        var name = $"Hsds.{Folder(profile)}.{fileName}";
        using var stream = Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The HSDS schema '{name}' is not embedded in {Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static bool Exists(HsdsProfile profile, string fileName) =>
        Assembly.GetManifestResourceInfo($"Hsds.{Folder(profile)}.{fileName}") is not null;
}
