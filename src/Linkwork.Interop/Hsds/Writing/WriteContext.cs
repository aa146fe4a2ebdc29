namespace Linkwork.Interop.Hsds;

/// <summary>What every record writer needs: how to find what records point at, and how to write.</summary>
internal sealed record WriteContext(HsdsWriterLookups Lookups, HsdsWriteOptions Options);
