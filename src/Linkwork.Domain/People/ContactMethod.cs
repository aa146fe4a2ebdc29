namespace Linkwork.Domain.People;

/// <summary>How a person would rather be contacted.</summary>
public enum ContactMethod
{
    Phone,
    Sms,
    Email,
    Letter,
}
