namespace Linkwork.Domain.Measures;

public enum PartMethod
{
    /// <summary>The items' values added up, then converted by a table where the instrument has one.</summary>
    Sum,

    /// <summary>Positive when any item is given an answer marked positive (the Hunger Vital Sign's either question).</summary>
    AnyPositiveAnswer,
}
