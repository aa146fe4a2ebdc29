using Hl7.Fhir.Model;

namespace Linkwork.Interop.Fhir;

/// <summary>
/// The requesting system's own identifier for a referral (its ServiceRequest.identifier), as plain text: read from a
/// transaction, kept on the episode or onward referral, and shown again on the resources mapped from it.
/// </summary>
/// <param name="System">Identifier.system: the namespace, a URI.</param>
/// <param name="Value">Identifier.value.</param>
public sealed record RequesterIdentifierFacts(string System, string Value)
{
    /// <summary>The identifier as a resource carries it. Every mapper that shows a kept identifier writes it this way.</summary>
    internal Identifier ToFhir() => new(System, Value);

    /// <summary>The identifier of a system and a value (a record's two columns, a resource's elements), or null without both.</summary>
    public static RequesterIdentifierFacts? Of(string? system, string? value) =>
        string.IsNullOrWhiteSpace(system) || string.IsNullOrWhiteSpace(value) ? null : new RequesterIdentifierFacts(system, value);
}
