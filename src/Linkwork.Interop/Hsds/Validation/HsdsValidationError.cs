namespace Linkwork.Interop.Hsds;

/// <summary>
/// One way a record breaks its HSDS schema: where (a JSON path such as <c>services[3].email</c>) and why, in plain
/// English. <see cref="Line"/> and <see cref="Position"/> count within the validated text, from 1, when known.
/// </summary>
public sealed record HsdsValidationError(string Path, string Message, int? Line = null, int? Position = null)
{
    public override string ToString() => $"{Path}: {Message}";
}
