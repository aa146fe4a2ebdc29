using Linkwork.Domain.Common;

namespace Linkwork.Domain.People;

/// <summary>
/// A record number another system gives the person (a GP practice's, a hospital's, the council's): unique per
/// programme and system, so it finds the person as surely as an NHS number does.
/// </summary>
public sealed class LocalIdentifier
{
    public const int SystemMaxLength = 100;
    public const int ValueMaxLength = 50;

    private LocalIdentifier() { }

    public Guid Id { get; private set; }
    public Guid PersonId { get; private set; }

    /// <summary>Copied from the person so the database can hold the identifier unique within the programme.</summary>
    public Guid ProgrammeId { get; private set; }

    public string System { get; private set; } = "";
    public string Value { get; private set; } = "";

    internal static LocalIdentifier Create(Guid id, Person person, string system, string value) => new()
    {
        Id = id,
        PersonId = person.Id,
        ProgrammeId = person.ProgrammeId,
        System = Text.Required(system, "The identifier's system", SystemMaxLength),
        Value = Text.Required(value, "The identifier's value", ValueMaxLength),
    };

    internal void MoveTo(Person survivor) => PersonId = survivor.Id;

    public bool IsSameAs(string system, string value) =>
        string.Equals(System, system.Trim(), StringComparison.OrdinalIgnoreCase) && string.Equals(Value, value.Trim(), StringComparison.OrdinalIgnoreCase);
}
