using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Linkwork.Interop.Fhir;

/// <summary>
/// JSON Patch (RFC 6902: add, remove, replace, move, copy, test) applied to a resource's JSON as we would serve it.
/// The patched document is then read like a PUT's body, so a patch can change no more than a PUT could. Operations
/// apply in order and any failure refuses the whole patch: nothing half-applied ever reaches the record.
/// </summary>
public static class FhirJsonPatch
{
    public const string MediaType = "application/json-patch+json";

    public static string Apply(string documentJson, string patchJson)
    {
        var document = JsonNode.Parse(documentJson) ?? throw FhirInputException.Malformed("The resource to patch is empty.");
        JsonArray operations;
        try
        {
            operations = JsonNode.Parse(patchJson) as JsonArray ?? throw FhirInputException.Malformed("A JSON Patch is an array of operations.");
        }
        catch (JsonException e)
        {
            throw FhirInputException.Malformed($"The patch is not JSON: {e.Message}");
        }

        for (var i = 0; i < operations.Count; i++)
        {
            if (operations[i] is not JsonObject operation)
            {
                throw FhirInputException.Malformed($"Patch operation {i} is not an object.");
            }

            try
            {
                document = ApplyOne(document, operation);
            }
            catch (FhirInputException e)
            {
                throw new FhirInputException(e.Status, e.Problem, e.Diagnostics.Select(d => $"Patch operation {i}: {d}").ToList());
            }
        }

        return document.ToJsonString();
    }

    private static JsonNode ApplyOne(JsonNode document, JsonObject operation)
    {
        var op = Text(operation, "op");
        var path = Pointer(Text(operation, "path"));
        switch (op)
        {
            case "add": return Add(document, path, Value(operation));
            case "remove":
                Remove(document, path);
                return document;
            case "replace":
                Remove(document, path);
                return Add(document, path, Value(operation));
            case "move":
            {
                var from = Pointer(Text(operation, "from"));
                var moved = Find(document, from).DeepClone();
                Remove(document, from);
                return Add(document, path, moved);
            }

            case "copy": return Add(document, path, Find(document, Pointer(Text(operation, "from"))).DeepClone());
            case "test":
                if (!JsonNode.DeepEquals(Find(document, path), Value(operation)))
                {
                    throw FhirInputException.Unprocessable($"the test of {Text(operation, "path")} failed: the resource holds something else.");
                }

                return document;
            default: throw FhirInputException.Malformed($"'{op}' is not a JSON Patch operation (add, remove, replace, move, copy, test).");
        }
    }

    private static string Text(JsonObject operation, string name) =>
        operation[name] is JsonValue value && value.TryGetValue<string>(out var text)
            ? text
            : throw FhirInputException.Malformed($"'{name}' is required and must be a string.");

    private static JsonNode? Value(JsonObject operation) =>
        operation.TryGetPropertyValue("value", out var value) ? value?.DeepClone() : throw FhirInputException.Malformed("'value' is required.");

    /// <summary>"/output/0/type" → ["output", "0", "type"], with ~1 and ~0 unescaped.</summary>
    private static List<string> Pointer(string pointer)
    {
        if (pointer.Length == 0)
        {
            return [];
        }

        if (pointer[0] != '/')
        {
            throw FhirInputException.Malformed($"'{pointer}' is not a JSON Pointer: it must start with '/'.");
        }

        return pointer[1..].Split('/').Select(p => p.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToList();
    }

    private static JsonNode Find(JsonNode document, List<string> path)
    {
        var node = document;
        foreach (var segment in path)
        {
            node = node switch
            {
                JsonObject o when o.TryGetPropertyValue(segment, out var child) && child is not null => child,
                JsonArray a when Index(a, segment, allowEnd: false) is var index => a[index]!,
                _ => throw Missing(path),
            };
        }

        return node;
    }

    private static JsonNode Add(JsonNode document, List<string> path, JsonNode? value)
    {
        if (path.Count == 0)
        {
            return value ?? throw FhirInputException.Malformed("The whole document cannot be replaced by null.");
        }

        var parent = Find(document, path[..^1]);
        var last = path[^1];
        switch (parent)
        {
            case JsonObject o:
                o[last] = value;
                break;
            case JsonArray a:
                var index = Index(a, last, allowEnd: true);
                a.Insert(index, value);
                break;
            default: throw Missing(path);
        }

        return document;
    }

    private static void Remove(JsonNode document, List<string> path)
    {
        if (path.Count == 0)
        {
            throw FhirInputException.Malformed("The whole document cannot be removed.");
        }

        var parent = Find(document, path[..^1]);
        var last = path[^1];
        switch (parent)
        {
            case JsonObject o when o.ContainsKey(last):
                o.Remove(last);
                break;
            case JsonArray a:
                a.RemoveAt(Index(a, last, allowEnd: false));
                break;
            default: throw Missing(path);
        }
    }

    private static int Index(JsonArray array, string segment, bool allowEnd)
    {
        if (allowEnd && segment == "-")
        {
            return array.Count;
        }

        return int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < array.Count + (allowEnd ? 1 : 0)
            ? index
            : throw FhirInputException.Unprocessable($"'{segment}' is not an index of an array of {array.Count}.");
    }

    private static FhirInputException Missing(List<string> path) =>
        FhirInputException.Unprocessable($"/{string.Join('/', path)} is not in the resource.");
}
