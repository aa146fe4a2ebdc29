namespace Linkwork.Domain.Directory;

/// <summary>One field of a listing as it was when proposed, and as the provider wants it.</summary>
public sealed record ProposedChange(ServiceField Field, string? From, string? To);
