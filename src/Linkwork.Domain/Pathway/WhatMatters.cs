using Linkwork.Domain.Coding;

namespace Linkwork.Domain.Pathway;

/// <summary>
/// The "what matters to me" conversation: in the person's words, the needs it found (coded with the Gravity SDOH
/// categories so reports and FHIR can read them) and the strengths to build on.
/// </summary>
public sealed record WhatMatters(string InTheirWords, IReadOnlyList<IdentifiedNeed> Needs, string? Strengths, DateTimeOffset RecordedAt, Guid? RecordedBy)
{
    public const int TextMaxLength = 8_000;
}

public sealed record IdentifiedNeed(SdohCategory Category, string? Note);
