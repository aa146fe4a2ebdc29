namespace Linkwork.Domain.Common;

/// <summary>A business rule refused an operation. The message is safe to show to the user.</summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(string message) : base(message) { }

    public DomainRuleException(string message, Exception innerException) : base(message, innerException) { }

    public DomainRuleException() { }
}
