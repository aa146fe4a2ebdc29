namespace Linkwork.Domain.People;

/// <summary>Sex as recorded, with the values of the FHIR administrative-gender code system.</summary>
public enum Sex
{
    Female,
    Male,
    Other,
    Unknown,
}
