using System.Text.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Linkwork.Interop.Hsds;

/// <summary>
/// Checks HSDS 3.0 records against the vendored schemas (core or UK profile): required fields, types, enums
/// (status, location_type, freq, wkst) and the uuid, email, uri and date-time formats, strictly. Each profile's
/// schemas are loaded once, from the assembly, with their <c>$ref</c>s resolved among themselves.
/// </summary>
public sealed class HsdsSchemaValidator
{
    private static readonly Lazy<HsdsSchemaValidator> CoreValidator = new(() => Load(HsdsProfile.Core));
    private static readonly Lazy<HsdsSchemaValidator> UkValidator = new(() => Load(HsdsProfile.UkProfile));

    private readonly Dictionary<HsdsEntity, JsonSchema> _schemas;
    private readonly Dictionary<HsdsEntity, QuickSchemaCheck> _quickChecks;
    private readonly JsonSchemaValidator _validator;

    private HsdsSchemaValidator(HsdsProfile profile, Dictionary<HsdsEntity, JsonSchema> schemas)
    {
        Profile = profile;
        _schemas = schemas;
        _quickChecks = schemas.ToDictionary(s => s.Key, s => QuickSchemaCheck.Compile(s.Value));
        var settings = new JsonSchemaValidatorSettings { FormatValidators = StrictFormatValidators.All };
        _validator = new JsonSchemaValidator(settings);
    }

    public static HsdsSchemaValidator Core => CoreValidator.Value;

    public static HsdsSchemaValidator UkProfile => UkValidator.Value;

    public HsdsProfile Profile { get; }

    public static HsdsSchemaValidator For(HsdsProfile profile) => profile == HsdsProfile.UkProfile ? UkProfile : Core;

    /// <summary>Checks one record given as JSON text. <paramref name="recordPath"/> prefixes every error path, e.g. "services[3]".</summary>
    public IReadOnlyList<HsdsValidationError> Validate(HsdsEntity entity, string json, string recordPath = "")
    {
        ArgumentNullException.ThrowIfNull(json);
        JToken token;
        try
        {
            // Dates stay strings: the schema checks their format, and Json.NET would otherwise reformat them.
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
            token = JToken.ReadFrom(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load });
        }
        catch (JsonReaderException e)
        {
            return [new HsdsValidationError(recordPath.Length == 0 ? "(record)" : recordPath, "is not valid JSON: " + e.Message, e.LineNumber, e.LinePosition)];
        }

        if (token.Type != JTokenType.Object)
        {
            return [new HsdsValidationError(recordPath.Length == 0 ? "(record)" : recordPath, $"a {entity.Name()} must be a JSON object {{...}}")];
        }

        var errors = new List<HsdsValidationError>();
        ValidationMessages.Flatten(_validator.Validate(token, _schemas[entity]), recordPath, errors);
        return errors;
    }

    /// <summary>
    /// Whether a quick walk of a record the reader has already parsed proves it valid. When it cannot, the record
    /// must go through <see cref="Validate(HsdsEntity, string, string)"/> for its exact errors.
    /// </summary>
    internal bool IsCertainlyValid(HsdsEntity entity, JsonElement record) => _quickChecks[entity].IsCertainlyValid(record);

    private static HsdsSchemaValidator Load(HsdsProfile profile)
    {
        var loaded = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        var schemas = new Dictionary<HsdsEntity, JsonSchema>();
        foreach (var entity in Enum.GetValues<HsdsEntity>())
        {
            // Loading is CPU-only (embedded files), so waiting here cannot deadlock.
            schemas[entity] = EmbeddedReferenceResolver.LoadAsync(profile, entity.SchemaFile(), loaded).GetAwaiter().GetResult();
        }

        return new HsdsSchemaValidator(profile, schemas);
    }
}
