namespace Linkwork.Domain.Measures;

public enum ItemKind
{
    /// <summary>One (or, when the item repeats, several) of the item's answer options.</summary>
    Choice,

    /// <summary>A whole number within the item's range, such as ONS4's 0–10.</summary>
    Integer,
}
