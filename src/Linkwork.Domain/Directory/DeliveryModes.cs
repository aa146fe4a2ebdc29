namespace Linkwork.Domain.Directory;

/// <summary>How a person can use a service. A service may be delivered several ways.</summary>
[Flags]
public enum DeliveryModes
{
    None = 0,
    InPerson = 1,
    Phone = 2,
    Online = 4,
}
