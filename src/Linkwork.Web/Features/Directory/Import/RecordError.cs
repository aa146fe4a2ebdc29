namespace Linkwork.Web.Features.Directory.Import;

/// <summary>Why one record cannot be imported: which record, where it came from, and what is wrong.</summary>
public sealed record RecordError(string Entity, string Id, string Where, string Message)
{
    public override string ToString() => $"{Entity} {Id} ({Where}): {Message}";
}
