using Linkwork.Domain.People;
using Linkwork.Interop.Fhir;

namespace Linkwork.Web.Fhir;

/// <summary>
/// GET /fhir/Patient: the parameters read into <see cref="SearchPatientResources.Criteria"/>, paged like every search
/// here. A search without criteria is refused: the API tells whether someone is known, it does not list the programme.
/// </summary>
internal static class FhirPatientSearch
{
    public static void MapFhirPatientSearch(this RouteGroupBuilder secured)
    {
        secured.MapGet("/Patient", (HttpContext context, SearchPatientResources search, CancellationToken cancellationToken) =>
            FhirSearchPaging.SearchsetAsync(context, "Patient",
                query => search.HandleAsync(context.User, CriteriaOf(query), query.Offset, query.Count, cancellationToken),
                (bundle, patient) => bundle.AddPatient(patient)));
    }

    private static SearchPatientResources.Criteria CriteriaOf(FhirSearchQuery query)
    {
        var criteria = new SearchPatientResources.Criteria(NhsNumberOf(query), query.Text("name"), query.ExactDate("birthdate"));
        return criteria is { NhsNumber: null, Name: null, BirthDate: null }
            ? throw new FhirSearchException("Search Patient by identifier (the NHS number), name or birthdate: this API finds whether someone is known, it does not list the programme's people.")
            : criteria;
    }

    /// <summary>"https://fhir.nhs.uk/Id/nhs-number|9434765919" or "9434765919": the NHS number is the one identifier searched.</summary>
    private static NhsNumber? NhsNumberOf(FhirSearchQuery query)
    {
        if (query.Text("identifier") is not { } token)
        {
            return null;
        }

        var bar = token.IndexOf('|', StringComparison.Ordinal);
        if (bar >= 0 && token[..bar] != FhirCodes.NhsNumberSystem)
        {
            throw new FhirSearchException(
                $"'identifier' searches only the NHS number: {FhirCodes.NhsNumberSystem}|{{10 digits}}, or the 10 digits alone. '{token}' is of another system.");
        }

        var value = token[(bar + 1)..];
        // Ten digits exactly, as a token matches: NhsNumber.TryParse alone would also take spaces and dashes.
        return value.Length == 10 && value.All(char.IsAsciiDigit) && NhsNumber.TryParse(value, out var number)
            ? number
            : throw new FhirSearchException($"'identifier' needs an NHS number, 10 digits with a correct check digit; '{value}' is not one.");
    }
}
