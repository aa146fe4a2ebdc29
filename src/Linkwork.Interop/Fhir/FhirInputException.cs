namespace Linkwork.Interop.Fhir;

/// <summary>
/// A resource, patch or Bundle we were sent that we cannot take, with the HTTP status and issue type that say why:
/// 400 for what does not read, 422 for what reads but breaks a rule, 409 for what clashes with what is held. The web
/// host answers it as an OperationOutcome; nothing has been saved when it is thrown.
/// </summary>
public sealed class FhirInputException : Exception
{
    public FhirInputException(int status, FhirProblem problem, IReadOnlyList<string> diagnostics)
        : base(string.Join(" ", diagnostics))
    {
        Status = status;
        Problem = problem;
        Diagnostics = diagnostics;
    }

    public FhirInputException() { }

    public FhirInputException(string message) : base(message) => Diagnostics = [message];

    public FhirInputException(string message, Exception innerException) : base(message, innerException) => Diagnostics = [message];

    public int Status { get; } = 400;

    public FhirProblem Problem { get; } = FhirProblem.Invalid;

    public IReadOnlyList<string> Diagnostics { get; } = [];

    /// <summary>400: the body does not read as what was expected.</summary>
    public static FhirInputException Malformed(params string[] diagnostics) => new(400, FhirProblem.Invalid, diagnostics);

    /// <summary>422: it reads, but asks for something a rule forbids.</summary>
    public static FhirInputException Unprocessable(params string[] diagnostics) => new(422, FhirProblem.BusinessRule, diagnostics);

    /// <summary>The same failure said of one entry of a Bundle, so the caller knows which to fix.</summary>
    public FhirInputException InEntry(int index) =>
        new(Status, Problem, Diagnostics.Select(d => $"Bundle.entry[{index}]: {d}").ToList());
}
