using System.Text.Json;

namespace Linkwork.Interop.Hsds;

/// <summary>
/// Takes a record the feed lists on its own through the same steps whatever the input: size guard, schema check
/// against the feed's profile, then mapping into the collector. Records nested as lists of their own (an
/// organization's services, a UK taxonomy's terms) go through the same steps one by one.
/// </summary>
internal sealed class RecordProcessor(FeedCollector collector)
{
    private long _sinceProgress;

    public long? Total { get; set; }

    public string NextPath(HsdsEntity entity) => collector.NextPath(entity);

    /// <summary>
    /// Whether a record of <paramref name="length"/> characters of JSON is too big to be taken (an organization's
    /// nested services are measured on their own).
    /// </summary>
    public bool IsTooBig(HsdsEntity entity, JsonElement record, int length) =>
        length > collector.Options.MaxRecordBytes && !(entity == HsdsEntity.Organization && WithoutServices(record, length) <= collector.Options.MaxRecordBytes);

    /// <summary>
    /// The schema check alone: it touches nothing shared, so records can be checked side by side. The record's text
    /// is only asked for when the quick check cannot clear it, so a valid record never has to become a string.
    /// </summary>
    public IReadOnlyList<HsdsValidationError> Validate(HsdsEntity entity, JsonElement record, Func<string> raw, string path)
    {
        var validator = HsdsSchemaValidator.For(collector.Profile);
        return validator.IsCertainlyValid(entity, record) ? [] : validator.Validate(entity, raw(), path);
    }

    /// <summary>A service mapped ahead, beside its schema check, where records are checked side by side; other records map in feed order.</summary>
    public PremappedService? Premap(HsdsEntity entity, JsonElement record, string path) =>
        entity == HsdsEntity.Service ? PremappedService.Map(collector.Options, record, path) : null;

    /// <summary>
    /// Size guard, schema check, then mapping. <paramref name="path"/> is the record's place in the feed, numbered
    /// here when not given.
    /// </summary>
    public void Process(HsdsEntity entity, JsonElement record, string raw, RecordSource source, string? path = null, Guid? parentId = null)
    {
        path ??= collector.NextPath(entity);
        var errors = IsTooBig(entity, record, raw.Length) ? null : Validate(entity, record, () => raw, path);
        ProcessChecked(entity, record, raw.Length, source, path, parentId, errors, null);
    }

    /// <summary>
    /// Takes a record whose size guard and schema check are done (in parallel, for a list): <paramref name="errors"/>
    /// is null for a record too big to take. <paramref name="length"/> counts the characters of its JSON.
    /// </summary>
    public void ProcessChecked(HsdsEntity entity, JsonElement record, int length, RecordSource source, string path, Guid? parentId,
        IReadOnlyList<HsdsValidationError>? errors, PremappedService? premapped)
    {
        var id = IdOf(record) ?? "#" + path;
        if (errors is null)
        {
            collector.Error(entity, id, source, path, TooBig(length, collector.Options.MaxRecordBytes, Largest(record, path)));
            Rejected(entity, record, path, source);
            Tick();
            return;
        }

        foreach (var error in errors)
        {
            collector.Error(entity, id, source, error.Path, error.Message, error.Line);
        }

        if (errors.Count > 0)
        {
            Rejected(entity, record, path, source);
        }
        else
        {
            Map(entity, record, length, path, source, parentId, premapped);
        }

        Tick();
        if (entity == HsdsEntity.Organization)
        {
            Nested(record, "services", path, source, HsdsEntity.Service);
        }
    }

    /// <summary>A record too big to even buffer: reported by where it starts.</summary>
    public void Oversize(HsdsEntity entity, RecordSource source, long bytes)
    {
        var path = collector.NextPath(entity);
        collector.Error(entity, "#" + path, source, path, TooBig(bytes, collector.Options.MaxRecordBytes, null));
        Tick();
    }

    public void Finish() => collector.Options.Progress?.Report(new HsdsReadProgress(collector.PrimaryRecords, Total));

    private void Map(HsdsEntity entity, JsonElement record, int size, string path, RecordSource source, Guid? parentId, PremappedService? premapped)
    {
        switch (entity)
        {
            case HsdsEntity.Service:
                collector.AddService(record, path, source, size, parentId, premapped);
                break;
            case HsdsEntity.Organization:
                collector.AddOrganisation(record, path, source, size, primary: true);
                Nested(record, "locations", path, source, HsdsEntity.Location);
                break;
            case HsdsEntity.Location:
                collector.AddLocation(record, path, source, size, primary: true, parentId);
                break;
            case HsdsEntity.ServiceAtLocation:
                collector.AddServiceAtLocation(record, path, source);
                break;
            case HsdsEntity.Taxonomy:
                collector.AddTaxonomy(record, path, source, size, primary: true);
                Nested(record, "taxonomy_terms", path, source, HsdsEntity.TaxonomyTerm);
                break;
            case HsdsEntity.TaxonomyTerm:
                collector.AddTerm(record, path, source, size, primary: true, parentId);
                break;
        }
    }

    /// <summary>Records a list inside this one holds as records of their own, e.g. an organization's services.</summary>
    private void Nested(JsonElement record, string name, string path, RecordSource source, HsdsEntity entity)
    {
        if (!JsonFields.TryGet(record, name, out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var parentId = IdOf(record) is { } id && Guid.TryParse(id, out var guid) ? guid : (Guid?)null;
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            var itemPath = $"{path}.{name}[{index++}]";
            if (entity == HsdsEntity.Location)
            {
                // An organization's locations were checked with it; they only need mapping.
                collector.AddLocation(item, itemPath, source, item.GetRawText().Length, primary: true, parentId);
                continue;
            }

            Process(entity, item, item.GetRawText(), source, itemPath, parentId);
        }
    }

    // A record that fails its checks still exists: others pointing at it are not reported again for that.
    private void Rejected(HsdsEntity entity, JsonElement record, string path, RecordSource source)
    {
        if (IdOf(record) is { } id && Guid.TryParse(id, out var guid))
        {
            collector.Rejected(entity, guid, path, source);
        }
    }

    private void Tick()
    {
        if (++_sinceProgress >= 1000)
        {
            _sinceProgress = 0;
            Finish();
        }
    }

    private static string? IdOf(JsonElement record) =>
        JsonFields.TryGet(record, "id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;

    private static int WithoutServices(JsonElement record, int length) =>
        length - (JsonFields.TryGet(record, "services", out var services) ? services.GetRawText().Length : 0);

    private static string TooBig(long bytes, int max, (string Path, int Length)? largest) =>
        $"the record is {bytes:N0} bytes of JSON; Linkwork takes records of up to {max:N0} bytes"
        + (largest is { } field ? $" (its largest field, {field.Path}, is {field.Length:N0} characters)" : "");

    private static (string Path, int Length)? Largest(JsonElement record, string path)
    {
        (string Path, int Length)? largest = null;
        void Walk(JsonElement element, string at)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        Walk(property.Value, at + "." + property.Name);
                    }

                    break;
                case JsonValueKind.Array:
                    var i = 0;
                    foreach (var item in element.EnumerateArray())
                    {
                        Walk(item, $"{at}[{i++}]");
                    }

                    break;
                case JsonValueKind.String:
                    var length = element.GetString()!.Length;
                    if (largest is null || length > largest.Value.Length)
                    {
                        largest = (at, length);
                    }

                    break;
            }
        }

        Walk(record, path);
        return largest;
    }
}
