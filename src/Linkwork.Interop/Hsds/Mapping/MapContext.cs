namespace Linkwork.Interop.Hsds;

/// <summary>
/// What mapping one record found wrong, field by field, so a bad record is reported with every problem it has
/// rather than only the first. Warnings are kept apart: they change nothing about whether the record is taken.
/// </summary>
internal sealed class MapContext(HsdsReadOptions options)
{
    public HsdsReadOptions Options { get; } = options;

    public List<(string Path, string Message)> Errors { get; } = [];

    public List<(string Path, string Message)> Warnings { get; } = [];

    /// <summary>Every taxonomy term an attribute points at, with the attribute's path: checked once the whole feed is read.</summary>
    public List<(Guid Id, string Path)> TermReferences { get; } = [];

    /// <summary>Every location a service_at_location points at, with its path: checked once the whole feed is read.</summary>
    public List<(Guid Id, string Path)> LocationReferences { get; } = [];

    public bool Failed => Errors.Count > 0;

    public void Error(string path, string message) => Errors.Add((path, message));

    public void Warn(string path, string message) => Warnings.Add((path, message));
}
