using RoiApi.Domain;

namespace RoiApi.Common;

internal enum FailureKind
{
    NotFound,
    InvalidState,
    PreconditionFailed,
    EvidenceDefective,
    Unprocessable,
    BadInput,
    NotPermitted,
    InvalidCursor,
    WebhookUrlRefused,
}

/// <summary>An expected "no" from a handler. Its detail is shown to the caller, so it never contains PHI.</summary>
internal sealed record Failure(FailureKind Kind, string Detail, IReadOnlyList<Finding>? Findings = null, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    /// <summary>Input that is well-formed JSON but inconsistent (dates in the wrong order, …): a 400 naming the fields.</summary>
    public static Failure BadInput(IEnumerable<(string Field, string Message)> problems) =>
        new(FailureKind.BadInput, "One or more fields are invalid.", Errors: problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));

    public static Failure NotFound(string what) => new(FailureKind.NotFound, $"No {what} with this id is visible to you.");

    public static Failure InvalidState(TransitionResult refused) =>
        new(FailureKind.InvalidState, $"The request is '{Words.Of(refused.From)}'; it cannot move to '{Words.Of(refused.To)}'.");

    public static Failure InvalidState(string detail) => new(FailureKind.InvalidState, detail);

    public static Failure NotPermitted(string detail) => new(FailureKind.NotPermitted, detail);

    /// <summary>A refusal with its rule: code and citation travel in the problem body's findings.</summary>
    public static Failure Refused(FailureKind kind, Finding rule) => new(kind, rule.Message, [rule]);

    public static Failure Stale() => new(FailureKind.PreconditionFailed, "The resource changed since you read it: read it again and retry with the new ETag.");

    public static Failure InvalidCursor(string detail) => new(FailureKind.InvalidCursor, detail);

    public static Failure Defective(IReadOnlyList<Finding> findings) =>
        new(FailureKind.EvidenceDefective, "The evidence does not support a release: see the findings.", findings);
}

internal interface IOutcome
{
    Failure? Failure { get; }
}

/// <summary>A handler's result: the value, or the failure the endpoint turns into problem details.</summary>
internal readonly struct Outcome<T> : IOutcome
{
    private Outcome(T? value, Failure? failure)
    {
        Value = value;
        Failure = failure;
    }

    public T? Value { get; }

    public Failure? Failure { get; }

    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(Failure failure) => new(default, failure);
}
