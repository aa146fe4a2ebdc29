namespace Linkwork.Web.Features.Directory.Import;

/// <summary>What an import did, or, when any record was bad, every reason it did nothing.</summary>
public sealed record ImportReport(bool Applied, IReadOnlyList<RecordError> Errors, IReadOnlyDictionary<string, ImportCounts> Counts, IReadOnlyList<Guid> ChangedServices)
{
    public static ImportReport Rejected(IReadOnlyList<RecordError> errors) =>
        new(false, errors, new Dictionary<string, ImportCounts>(), []);
}

public sealed class ImportCounts
{
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    /// <summary>Services a full feed no longer lists: now inactive, never deleted.</summary>
    public int Withdrawn { get; set; }

    public override string ToString() =>
        $"{Created:N0} created, {Updated:N0} updated, {Unchanged:N0} unchanged" + (Withdrawn > 0 ? $", {Withdrawn:N0} withdrawn" : "");
}

/// <summary>Progress through an import: records applied so far out of the batch.</summary>
public sealed record ImportProgress(string Stage, int Done, int Total);
