namespace Linkwork.Web.Fhir;

/// <summary>A search parameter we do not support, or a value we cannot read: 400 with an OperationOutcome naming it.</summary>
public sealed class FhirSearchException : Exception
{
    public FhirSearchException() { }

    public FhirSearchException(string message) : base(message) { }

    public FhirSearchException(string message, Exception innerException) : base(message, innerException) { }
}
