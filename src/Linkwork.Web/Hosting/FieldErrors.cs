using Linkwork.Domain.Common;

namespace Linkwork.Web.Hosting;

/// <summary>
/// Attributes the domain's broken rules to the fields a caller sent, so an API answer and a page can point at the
/// box to fix. The rules stay in the domain: this only runs each part through it and notes which field failed.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    /// <summary>The value <paramref name="parse"/> makes of the field, or default (with the rule's message noted) when it breaks one.</summary>
    public T? Check<T>(string field, Func<T> parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        try
        {
            return parse();
        }
        catch (DomainRuleException rule)
        {
            Add(field, rule.Message);
            return default;
        }
    }

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new InvalidFieldsException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
        }
    }
}

/// <summary>One or more fields of a request break a rule; answered 422 with the messages keyed by field name.</summary>
public sealed class InvalidFieldsException : Exception
{
    public InvalidFieldsException(IReadOnlyDictionary<string, string[]> errors)
        : base(string.Join(" ", errors.SelectMany(e => e.Value))) => Errors = errors;

    public InvalidFieldsException() : this(new Dictionary<string, string[]>()) { }

    public InvalidFieldsException(string message) : base(message) => Errors = new Dictionary<string, string[]>();

    public InvalidFieldsException(string message, Exception innerException) : base(message, innerException) => Errors = new Dictionary<string, string[]>();

    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
