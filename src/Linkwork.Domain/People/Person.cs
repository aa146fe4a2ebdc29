using Linkwork.Domain.Common;

namespace Linkwork.Domain.People;

/// <summary>Someone supported by a programme. Their record is health data: read and change it through audited use cases only.</summary>
public sealed class Person
{
    private Person() { }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public string GivenName { get; private set; } = "";
    public string FamilyName { get; private set; } = "";
    public DateOnly DateOfBirth { get; private set; }
    public Sex Sex { get; private set; }

    /// <summary>A code from the programme's ethnicity code list (England: the 2021 census categories).</summary>
    public string? EthnicityCode { get; private set; }

    /// <summary>Index of Multiple Deprivation decile of the home area: 1 is the most deprived tenth.</summary>
    public int? DeprivationDecile { get; private set; }

    public string? Postcode { get; private set; }
    public NhsNumber? NhsNumber { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static Person Create(
        Guid id, Guid programmeId, string givenName, string familyName, DateOnly dateOfBirth, Sex sex,
        DateTimeOffset now, string? ethnicityCode = null, int? deprivationDecile = null, string? postcode = null,
        NhsNumber? nhsNumber = null)
    {
        if (dateOfBirth > DateOnly.FromDateTime(now.UtcDateTime))
        {
            throw new DomainRuleException("The date of birth cannot be in the future.");
        }

        if (deprivationDecile is < 1 or > 10)
        {
            throw new DomainRuleException($"The deprivation decile runs from 1 to 10; {deprivationDecile} was given.");
        }

        return new Person
        {
            Id = id,
            ProgrammeId = programmeId,
            GivenName = Text.Required(givenName, "The given name", 100),
            FamilyName = Text.Required(familyName, "The family name", 100),
            DateOfBirth = dateOfBirth,
            Sex = sex,
            EthnicityCode = Text.Optional(ethnicityCode, "The ethnicity code", 20),
            DeprivationDecile = deprivationDecile,
            Postcode = Text.Optional(postcode, "The postcode", 12),
            NhsNumber = nhsNumber,
            CreatedAt = now,
        };
    }

    public int AgeOn(DateOnly day)
    {
        var age = day.Year - DateOfBirth.Year;
        return DateOfBirth.AddYears(age) > day ? age - 1 : age;
    }
}
