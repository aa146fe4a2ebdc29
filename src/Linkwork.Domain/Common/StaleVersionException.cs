namespace Linkwork.Domain.Common;

/// <summary>
/// The caller changed a record from an older version than the one stored: someone else saved in between.
/// Nothing is saved; the caller reloads and decides again (HTTP 412).
/// </summary>
public sealed class StaleVersionException : Exception
{
    public StaleVersionException(string record, int expected, int current)
        : base($"The {record} has changed since version {expected} was read (it is now version {current}). Reload it and try again.")
    {
        Expected = expected;
        Current = current;
    }

    public StaleVersionException() { }

    public StaleVersionException(string message) : base(message) { }

    public StaleVersionException(string message, Exception innerException) : base(message, innerException) { }

    public int Expected { get; }
    public int Current { get; }

    /// <summary>Throws unless <paramref name="expected"/> is absent (the caller did not ask) or the record's own version.</summary>
    public static void ThrowIfStale(string record, int? expected, int current)
    {
        if (expected is { } version && version != current)
        {
            throw new StaleVersionException(record, version, current);
        }
    }
}
