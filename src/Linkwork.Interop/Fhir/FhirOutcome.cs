using Hl7.Fhir.Model;

namespace Linkwork.Interop.Fhir;

/// <summary>What kind of failure an OperationOutcome reports: the FHIR issue types our errors use.</summary>
public enum FhirProblem
{
    Invalid,
    Structure,
    NotFound,
    Login,
    Forbidden,
    Conflict,
    BusinessRule,
    NotSupported,
    Exception,

    /// <summary>A conditional create's condition matched more than one record (FHIR answers it 412).</summary>
    MultipleMatches,
}

/// <summary>Every /fhir error is an OperationOutcome: one issue per thing the caller must fix.</summary>
public static class FhirOutcome
{
    public static OperationOutcome Build(FhirProblem problem, IEnumerable<string> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var code = problem switch
        {
            FhirProblem.Invalid => OperationOutcome.IssueType.Invalid,
            FhirProblem.Structure => OperationOutcome.IssueType.Structure,
            FhirProblem.NotFound => OperationOutcome.IssueType.NotFound,
            FhirProblem.Login => OperationOutcome.IssueType.Login,
            FhirProblem.Forbidden => OperationOutcome.IssueType.Forbidden,
            FhirProblem.Conflict => OperationOutcome.IssueType.Conflict,
            FhirProblem.BusinessRule => OperationOutcome.IssueType.BusinessRule,
            FhirProblem.NotSupported => OperationOutcome.IssueType.NotSupported,
            FhirProblem.MultipleMatches => OperationOutcome.IssueType.MultipleMatches,
            _ => OperationOutcome.IssueType.Exception,
        };
        var outcome = new OperationOutcome();
        foreach (var diagnostic in diagnostics)
        {
            outcome.Issue.Add(new OperationOutcome.IssueComponent { Severity = OperationOutcome.IssueSeverity.Error, Code = code, Diagnostics = diagnostic });
        }

        return outcome;
    }

    public static string Json(FhirProblem problem, params string[] diagnostics) => FhirJson.Serialize(Build(problem, diagnostics));
}
