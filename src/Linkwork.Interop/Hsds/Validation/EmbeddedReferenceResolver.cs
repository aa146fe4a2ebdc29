using NJsonSchema;
using NJsonSchema.References;

namespace Linkwork.Interop.Hsds;

/// <summary>
/// Resolves the schemas' relative <c>$ref</c>s ("attribute.json") among the embedded files of one profile, so
/// loading never touches the disk or the network. Files are parsed once per profile and shared between schemas.
/// </summary>
internal sealed class EmbeddedReferenceResolver(JsonSchema root, HsdsProfile profile, Dictionary<string, JsonSchema> loaded)
    : JsonReferenceResolver(new JsonSchemaAppender(root, new DefaultTypeNameGenerator()))
{
    public static Task<JsonSchema> LoadAsync(HsdsProfile profile, string fileName, Dictionary<string, JsonSchema> loaded) =>
        LoadAsync(profile, fileName, loaded, CancellationToken.None);

    public override async Task<IJsonReference> ResolveFileReferenceAsync(string filePath, CancellationToken cancellationToken = default) =>
        await LoadAsync(profile, Path.GetFileName(filePath), loaded, cancellationToken).ConfigureAwait(false);

    private static async Task<JsonSchema> LoadAsync(HsdsProfile profile, string fileName, Dictionary<string, JsonSchema> loaded, CancellationToken cancellationToken)
    {
        if (loaded.TryGetValue(fileName, out var cached))
        {
            return cached;
        }

        // The UK profile drops some tables; a reference to one of those falls back to the core definition.
        var source = EmbeddedSchemaFiles.Exists(profile, fileName) ? profile : HsdsProfile.Core;
        var schema = await JsonSchema.FromJsonAsync(
            EmbeddedSchemaFiles.Read(source, fileName),
            $"/hsds/{EmbeddedSchemaFiles.Folder(source)}/{fileName}",
            s => new EmbeddedReferenceResolver(s, profile, loaded),
            cancellationToken).ConfigureAwait(false);
        loaded[fileName] = schema;
        return schema;
    }
}
