using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Linkwork.Data;

/// <summary>
/// Parts of a listing that are only ever read and written whole (phones, schedules, contacts ...) live in one
/// JSON text column each: one row per service keeps imports and reads fast, and both providers store text alike.
/// </summary>
internal static class JsonColumns
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { SkipEmptyLists } },
    };

    public static ComplexTypePropertyBuilder<IReadOnlyList<T>> AsJson<T>(this ComplexTypePropertyBuilder<IReadOnlyList<T>> property) =>
        property.HasConversion(
            list => JsonSerializer.Serialize(list, Options),
            json => JsonSerializer.Deserialize<List<T>>(json, Options) ?? new List<T>(),
            ReferenceComparer<IReadOnlyList<T>>());

    public static PropertyBuilder<T> AsJson<T>(this PropertyBuilder<T> property) => property.AsJson(Options);

    public static PropertyBuilder<T> AsJson<T>(this PropertyBuilder<T> property, JsonSerializerOptions options) =>
        property.HasConversion(
            value => JsonSerializer.Serialize(value, options),
            json => JsonSerializer.Deserialize<T>(json, options)!,
            ReferenceComparer<T>());

    // The domain replaces a part list or value whenever it changes, so a new reference is the only change there is.
    private static ValueComparer<T> ReferenceComparer<T>() =>
        new((a, b) => ReferenceEquals(a, b), value => value == null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(value), value => value);

    private static void SkipEmptyLists(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            if (typeof(System.Collections.ICollection).IsAssignableFrom(property.PropertyType)
                || property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            {
                property.ShouldSerialize = (_, value) => value is not System.Collections.ICollection { Count: 0 };
            }
        }
    }
}
