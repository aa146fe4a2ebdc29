using System.Text.Json;
using System.Text.Json.Serialization;

namespace Linkwork.Data;

/// <summary>JSON of the pathway's whole-value columns (a conversation's needs, a goal's progress): enums by name, so reordering one never changes what was recorded.</summary>
internal static class PathwayJson
{
    public static readonly JsonSerializerOptions Options = new(JsonColumns.Options) { Converters = { new JsonStringEnumConverter() } };
}
