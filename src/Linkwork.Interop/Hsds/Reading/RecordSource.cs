namespace Linkwork.Interop.Hsds;

/// <summary>
/// Where a record came from, for error reports: a file (and the line the record starts on), a request, or the
/// rows of a tabular package (<see cref="SourceOfPath"/> names the CSV row behind each nested part).
/// </summary>
internal sealed record RecordSource(string Description, int? StartLine = null, Func<string, string?>? SourceOfPath = null)
{
    /// <summary>The source of a field: its CSV row when known, else the file line the error is on, else the record's.</summary>
    public string Describe(string? path = null, int? lineInRecord = null)
    {
        if (path is not null && SourceOfPath?.Invoke(path) is { } row)
        {
            return row;
        }

        if (StartLine is { } start)
        {
            return $"{Description} line {start + (lineInRecord is > 0 ? lineInRecord.Value - 1 : 0)}";
        }

        return Description;
    }
}
