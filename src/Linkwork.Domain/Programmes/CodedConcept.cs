namespace Linkwork.Domain.Programmes;

/// <summary>A code of one of a programme's code lists and the words shown for it.</summary>
public sealed record CodedConcept(string Code, string Display);
