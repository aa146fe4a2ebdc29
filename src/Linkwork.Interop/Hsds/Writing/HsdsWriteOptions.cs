namespace Linkwork.Interop.Hsds;

/// <summary>How <see cref="HsdsWriter"/> writes.</summary>
public sealed record HsdsWriteOptions
{
    /// <summary>
    /// Whether services carry what Linkwork adds to HSDS (referral mode, delivery modes, need, capacity) as extra
    /// fields named linkwork_*. HSDS and the UK profile allow fields beyond their own (neither schema sets
    /// additionalProperties to false); readers that do not know them skip them.
    /// </summary>
    public bool IncludeLinkworkFields { get; init; } = true;

    /// <summary>Indented JSON for people; compact by default.</summary>
    public bool Indented { get; init; }
}
