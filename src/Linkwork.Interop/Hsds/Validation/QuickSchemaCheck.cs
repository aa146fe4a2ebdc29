using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using NJsonSchema;

namespace Linkwork.Interop.Hsds;

/// <summary>
/// A fast, one-sided schema check over the record <see cref="JsonDocument"/> the reader has already parsed: when
/// it says a record is valid, NJsonSchema would find nothing wrong either; when it is not sure it says so, and the
/// record goes through NJsonSchema, which gives the exact errors with their lines. Valid records are the
/// overwhelming case, and NJsonSchema (a Json.NET tree built from the text again, then walked generically) costs
/// about ten times as much as this walk. Each schema node is compiled from the very schema objects NJsonSchema
/// validates with, and any keyword this check does not handle makes that node "not sure", so a schema that grows a
/// new keyword falls back to NJsonSchema instead of passing records it should not.
/// </summary>
internal sealed class QuickSchemaCheck
{
    private readonly Node _root;

    private QuickSchemaCheck(Node root) => _root = root;

    public static QuickSchemaCheck Compile(JsonSchema schema) => new(Node.Compile(schema.ActualSchema, []));

    /// <summary>True only when the record certainly meets the schema.</summary>
    public bool IsCertainlyValid(JsonElement record)
    {
        try
        {
            return record.ValueKind == JsonValueKind.Object && _root.Accepts(record);
        }
        catch (InvalidOperationException)
        {
            // Text the reader can hold but not decode (a lone surrogate escape, say): let NJsonSchema judge it.
            return false;
        }
    }

    private enum Kind
    {
        Unsupported,
        String,
        Number,
        Integer,
        Boolean,
        Object,
        Array,
    }

    private sealed class Node
    {
        private Kind _kind;
        private Func<string, bool>? _format;
        private HashSet<string>? _enumeration;
        private Dictionary<string, Node>? _properties;
        private Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> _byName;
        private Dictionary<string, int>? _required;
        private Node? _item;

        public static Node Compile(JsonSchema schema, Dictionary<JsonSchema, Node> compiled)
        {
            if (compiled.TryGetValue(schema, out var done))
            {
                return done;
            }

            var node = new Node();
            compiled[schema] = node; // before the children, so a schema that refers to itself ends
            node._kind = KindOf(schema);
            if (node._kind == Kind.Unsupported)
            {
                return node;
            }

            if (!string.IsNullOrEmpty(schema.Format))
            {
                node._format = StrictFormatValidators.Check(schema.Format);
                if (node._format is null || node._kind != Kind.String)
                {
                    node._kind = Kind.Unsupported;
                    return node;
                }
            }

            if (schema.Enumeration.Count > 0)
            {
                if (node._kind != Kind.String || schema.Enumeration.Any(e => e is not string))
                {
                    node._kind = Kind.Unsupported;
                    return node;
                }

                node._enumeration = [.. schema.Enumeration.Cast<string>()];
            }

            if (node._kind == Kind.Object)
            {
                node._properties = new Dictionary<string, Node>(StringComparer.Ordinal);
                foreach (var (name, property) in schema.Properties)
                {
                    node._properties[name] = Compile(property.ActualSchema, compiled);
                }

                node._byName = node._properties.GetAlternateLookup<ReadOnlySpan<char>>();
                var required = schema.Properties.Where(p => p.Value.IsRequired).Select(p => p.Key).Union(schema.RequiredProperties).ToList();
                if (required.Count > 64)
                {
                    node._kind = Kind.Unsupported;
                    return node;
                }

                node._required = required.Select((name, i) => (name, i)).ToDictionary(r => r.name, r => r.i, StringComparer.Ordinal);
            }

            if (node._kind == Kind.Array)
            {
                node._item = schema.Item is null ? null : Compile(schema.Item.ActualSchema, compiled);
            }

            return node;
        }

        // Only the keywords the HSDS schemas use are understood; anything else leaves the node to NJsonSchema.
        private static Kind KindOf(JsonSchema s)
        {
            var unsupported = s.AllOf.Count > 0 || s.AnyOf.Count > 0 || s.OneOf.Count > 0 || s.Not is not null
                || !string.IsNullOrEmpty(s.Pattern) || s.MinLength.HasValue || s.MaxLength.HasValue
                || s.Minimum.HasValue || s.Maximum.HasValue || s.ExclusiveMinimum.HasValue || s.ExclusiveMaximum.HasValue || s.MultipleOf.HasValue
                || s.MinItems > 0 || s.MaxItems > 0 || s.UniqueItems || s.Items.Count > 0
                || s.MinProperties > 0 || s.MaxProperties > 0 || s.PatternProperties.Count > 0
                || s.AdditionalPropertiesSchema is not null || !s.AllowAdditionalProperties;
            if (unsupported)
            {
                return Kind.Unsupported;
            }

            return s.Type switch
            {
                JsonObjectType.String => Kind.String,
                JsonObjectType.Number => Kind.Number,
                JsonObjectType.Integer => Kind.Integer,
                JsonObjectType.Boolean => Kind.Boolean,
                JsonObjectType.Object => Kind.Object,
                JsonObjectType.Array => Kind.Array,
                _ => Kind.Unsupported,
            };
        }

        public bool Accepts(JsonElement value) => _kind switch
        {
            Kind.String => value.ValueKind == JsonValueKind.String && AcceptsText(value),
            Kind.Number => value.ValueKind == JsonValueKind.Number && IsPlainNumber(value, integer: false),
            Kind.Integer => value.ValueKind == JsonValueKind.Number && IsPlainNumber(value, integer: true),
            Kind.Boolean => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            Kind.Object => value.ValueKind == JsonValueKind.Object && AcceptsObject(value),
            Kind.Array => value.ValueKind == JsonValueKind.Array && AcceptsItems(value),
            _ => false,
        };

        private bool AcceptsText(JsonElement value)
        {
            if (_format is null && _enumeration is null)
            {
                return true;
            }

            var text = value.GetString()!;
            return (_format is null || _format(text)) && (_enumeration is null || _enumeration.Contains(text));
        }

        // Json.NET must read the number as the same kind (an integer without a fraction or exponent) and in range.
        private static bool IsPlainNumber(JsonElement value, bool integer)
        {
            var raw = JsonMarshal.GetRawUtf8Value(value);
            if (raw.Length > 20)
            {
                return false;
            }

            return integer ? raw.IndexOfAnyExcept(Utf8Digits.Values) < 0 : value.TryGetDouble(out var number) && double.IsFinite(number);
        }

        private bool AcceptsItems(JsonElement array)
        {
            if (_item is null)
            {
                return true;
            }

            foreach (var item in array.EnumerateArray())
            {
                if (!_item.Accepts(item))
                {
                    return false;
                }
            }

            return true;
        }

        private bool AcceptsObject(JsonElement record)
        {
            var found = 0UL;
            Span<char> buffer = stackalloc char[128];
            foreach (var property in record.EnumerateObject())
            {
                var utf8 = JsonMarshal.GetRawUtf8PropertyName(property);
                string? escaped = null;
                scoped ReadOnlySpan<char> name;
                if (utf8.Length <= buffer.Length && utf8.IndexOf((byte)'\\') < 0)
                {
                    name = buffer[..Encoding.UTF8.GetChars(utf8, buffer)];
                }
                else
                {
                    escaped = property.Name;
                    name = escaped;
                }

                if (!_byName.TryGetValue(name, out var key, out var schema))
                {
                    continue; // HSDS allows fields it does not define
                }

                // A null is valid only where the schema says so, which none of these nodes does: NJsonSchema words it.
                if (!schema.Accepts(property.Value))
                {
                    return false;
                }

                if (_required!.TryGetValue(key, out var bit))
                {
                    found |= 1UL << bit;
                }
            }

            return found == (_required!.Count == 64 ? ulong.MaxValue : (1UL << _required.Count) - 1);
        }
    }
}

/// <summary>Raw number text Json.NET reads as an integer: digits and a leading minus only.</summary>
file static class Utf8Digits
{
    public static readonly SearchValues<byte> Values = SearchValues.Create("-0123456789"u8);
}
