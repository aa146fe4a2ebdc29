using System.Text.Json;
using System.Text.Json.Nodes;
using Linkwork.Interop.Hsds;
using Xunit;

namespace Linkwork.Interop.Tests.Hsds;

/// <summary>
/// The quick check may only ever clear a record NJsonSchema finds nothing wrong with. Every example record of both
/// standards is broken in every field it has, one field at a time (a wrong type, null, a bad format, a value outside
/// an enum, the field left out), and whenever the quick check clears a variant, NJsonSchema must agree.
/// </summary>
public sealed class QuickSchemaCheckTests
{
    private static readonly (string File, HsdsEntity Entity)[] Examples =
    [
        ("service_full.json", HsdsEntity.Service),
        ("organization_full.json", HsdsEntity.Organization),
        ("location.json", HsdsEntity.Location),
        ("service_at_location_full.json", HsdsEntity.ServiceAtLocation),
        ("taxonomy.json", HsdsEntity.Taxonomy),
        ("taxonomy_term.json", HsdsEntity.TaxonomyTerm),
    ];

    private static readonly string[] Replacements =
    [
        "null", "5", "-3", "1.5", "1e400", "true", "\"\"", "\"x\"", "[]", "{}", "[1]", "\"not-a-uuid\"", "\"ac148810-d857-441c-9679-408f346de14b\"",
        "\"{ac148810-d857-441c-9679-408f346de14b}\"", "\"https://example.org\"", "\"/path\"", "\"a b@example.org\"", "\"x@example.org\"",
        "\"2024-05-16T10:30:00Z\"", "\"15/03/2023\"", "\"active\"", "\"Active\"", "\"WEEKLY\"", "\"MO\"",
    ];

    public static TheoryData<string, HsdsEntity, HsdsProfile> Cases()
    {
        var cases = new TheoryData<string, HsdsEntity, HsdsProfile>();
        foreach (var (file, entity) in Examples)
        {
            foreach (var folder in new[] { Standards.HsdsExamples, Standards.UkExamples })
            {
                if (File.Exists(Path.Combine(folder, file)))
                {
                    cases.Add(Path.Combine(folder, file), entity, HsdsProfile.Core);
                    cases.Add(Path.Combine(folder, file), entity, HsdsProfile.UkProfile);
                }
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void What_the_quick_check_clears_NJsonSchema_finds_valid(string file, HsdsEntity entity, HsdsProfile profile)
    {
        var validator = HsdsSchemaValidator.For(profile);
        var example = JsonNode.Parse(File.ReadAllText(file))!;
        var cleared = 0;
        var variants = 0;
        foreach (var variant in Variants(example))
        {
            variants++;
            using var document = JsonDocument.Parse(variant);
            if (!validator.IsCertainlyValid(entity, document.RootElement))
            {
                continue;
            }

            cleared++;
            var errors = validator.Validate(entity, variant, "record");
            Assert.True(errors.Count == 0, $"the quick check cleared a record NJsonSchema rejects ({string.Join("; ", errors)}):\n{variant}");
        }

        Assert.True(variants > 20, $"{file} gave only {variants} variants");
        // Not a check that clears nothing: most single changes (to fields without a type, format or enum) stay valid.
        Assert.True(cleared > variants / 10, $"the quick check cleared only {cleared} of {variants} variants of {file}");
    }

    [Fact]
    public void A_valid_record_is_cleared_and_a_broken_one_is_not()
    {
        using var valid = JsonDocument.Parse("""{"id":"ac148810-d857-441c-9679-408f346de14b","name":"Counselling","status":"active","email":"a@example.org"}""");
        using var badEmail = JsonDocument.Parse("""{"id":"ac148810-d857-441c-9679-408f346de14b","name":"Counselling","status":"active","email":"a example.org"}""");
        using var noName = JsonDocument.Parse("""{"id":"ac148810-d857-441c-9679-408f346de14b","status":"active"}""");

        Assert.True(HsdsSchemaValidator.Core.IsCertainlyValid(HsdsEntity.Service, valid.RootElement));
        Assert.False(HsdsSchemaValidator.Core.IsCertainlyValid(HsdsEntity.Service, badEmail.RootElement));
        Assert.False(HsdsSchemaValidator.Core.IsCertainlyValid(HsdsEntity.Service, noName.RootElement));
    }

    /// <summary>The example itself, then, for every field at any depth, the example with that field replaced or left out.</summary>
    private static IEnumerable<string> Variants(JsonNode example)
    {
        yield return example.ToJsonString();
        var paths = new List<List<object>>();
        Collect(example, [], paths);
        foreach (var path in paths)
        {
            foreach (var replacement in Replacements)
            {
                var copy = example.DeepClone();
                Replace(copy, path, JsonNode.Parse(replacement));
                yield return copy.ToJsonString();
            }

            if (path[^1] is string)
            {
                var copy = example.DeepClone();
                Remove(copy, path);
                yield return copy.ToJsonString();
            }
        }
    }

    private static void Collect(JsonNode? node, List<object> at, List<List<object>> paths)
    {
        switch (node)
        {
            case JsonObject record:
                foreach (var (name, value) in record)
                {
                    List<object> path = [.. at, name];
                    paths.Add(path);
                    Collect(value, path, paths);
                }

                break;
            case JsonArray list when list.Count > 0:
                // The first item of a list stands for the rest.
                List<object> first = [.. at, 0];
                paths.Add(first);
                Collect(list[0], first, paths);
                break;
        }
    }

    private static JsonNode Parent(JsonNode root, List<object> path)
    {
        var node = root;
        foreach (var step in path.Take(path.Count - 1))
        {
            node = step is string name ? node[name]! : node[(int)step]!;
        }

        return node;
    }

    private static void Replace(JsonNode root, List<object> path, JsonNode? value)
    {
        var parent = Parent(root, path);
        if (path[^1] is string name)
        {
            parent[name] = value;
        }
        else
        {
            parent[(int)path[^1]] = value;
        }
    }

    private static void Remove(JsonNode root, List<object> path) => ((JsonObject)Parent(root, path)).Remove((string)path[^1]);
}
