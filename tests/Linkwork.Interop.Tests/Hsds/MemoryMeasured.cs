using Xunit;

namespace Linkwork.Interop.Tests.Hsds;

/// <summary>Tests that measure the heap run alone, so other tests' allocations do not count against them.</summary>
[CollectionDefinition(nameof(MemoryMeasured), DisableParallelization = true)]
public sealed class MemoryMeasured;
