namespace Linkwork.Interop.Hsds;

/// <summary>
/// A record a feed got wrong: which kind of record (<see cref="Entity"/>, an HSDS name such as "service"), which one
/// (its id, or "#3" when it has none), where it came from (file and line, CSV file and line, or the request), the
/// field's path (e.g. <c>services[3].email</c>) and the reason.
/// </summary>
public sealed record HsdsRecordError(string Entity, string Record, string Source, string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message} [{Entity} {Record}, {Source}]";
}
