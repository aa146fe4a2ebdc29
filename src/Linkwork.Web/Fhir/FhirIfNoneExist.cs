using Microsoft.AspNetCore.WebUtilities;

namespace Linkwork.Web.Fhir;

/// <summary>
/// The condition of a conditional create: the If-None-Exist header of POST /fhir/Patient, or request.ifNoneExist of a
/// transaction's entry. The one search taken here is <c>identifier=system|value</c>, alone. One reader for every
/// resource, so each reads it alike; each says for itself which systems it takes and what its refusal says.
/// </summary>
internal static class FhirIfNoneExist
{
    /// <summary>
    /// The system and value the condition names, or null when it is anything else: another parameter, a modifier
    /// (<c>identifier:of-type</c>), two values, or a token without its system. The value may be empty: whether that
    /// can match is the resource's rule to say.
    /// </summary>
    public static (string System, string Value)? IdentifierIn(string ifNoneExist)
    {
        ArgumentNullException.ThrowIfNull(ifNoneExist);
        var query = QueryHelpers.ParseQuery(ifNoneExist.TrimStart('?'));
        if (query.Count != 1 || !query.TryGetValue("identifier", out var values) || values.Count != 1 || values[0] is not { } token)
        {
            return null;
        }

        var bar = token.IndexOf('|', StringComparison.Ordinal);
        return bar > 0 ? (token[..bar], token[(bar + 1)..]) : null;
    }
}
