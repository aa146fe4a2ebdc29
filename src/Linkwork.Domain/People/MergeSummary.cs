namespace Linkwork.Domain.People;

/// <summary>What a merge moved to the record that stays.</summary>
public sealed record MergeSummary(bool NhsNumberMoved, int IdentifiersMoved, int ContactsMoved, int ConsentDecisionsMoved);
