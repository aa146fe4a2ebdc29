namespace Linkwork.Domain.Common;

/// <summary>
/// A state machine refused a move. It names the moves that are allowed from where the record is, so a caller
/// (a page, the REST API's 409, FHIR's OperationOutcome) can say what could be done instead.
/// </summary>
public sealed class IllegalTransitionException : Exception
{
    public IllegalTransitionException(string record, string from, string attempted, IReadOnlyList<string> allowed)
        : base(MessageFor(record, from, attempted, allowed))
    {
        From = from;
        Attempted = attempted;
        Allowed = allowed;
    }

    public IllegalTransitionException() { }

    public IllegalTransitionException(string message) : base(message) { }

    public IllegalTransitionException(string message, Exception innerException) : base(message, innerException) { }

    public string From { get; } = "";
    public string Attempted { get; } = "";
    public IReadOnlyList<string> Allowed { get; } = [];

    private static string MessageFor(string record, string from, string attempted, IReadOnlyList<string> allowed) =>
        allowed.Count == 0
            ? $"The {record} is {from}: nothing more can happen to it, so it cannot become {attempted}."
            : $"The {record} is {from}, so it cannot become {attempted}. From {from} it can become: {string.Join(", ", allowed)}.";
}
