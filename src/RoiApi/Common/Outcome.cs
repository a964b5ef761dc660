using RoiApi.Domain;

namespace RoiApi.Common;

internal enum FailureKind
{
    NotFound,
    InvalidState,
    PreconditionFailed,
    EvidenceDefective,
    Unprocessable,
    WebhookUrlRefused,
}

/// <summary>An expected "no" from a handler. Its detail is shown to the caller, so it never contains PHI.</summary>
internal sealed record Failure(FailureKind Kind, string Detail, IReadOnlyList<Finding>? Findings = null)
{
    public static Failure NotFound(string what) => new(FailureKind.NotFound, $"No {what} with this id is visible to you.");

    public static Failure InvalidState(TransitionResult refused) =>
        new(FailureKind.InvalidState, $"The request is '{Words.Of(refused.From)}'; it cannot move to '{Words.Of(refused.To)}'.");

    public static Failure InvalidState(string detail) => new(FailureKind.InvalidState, detail);

    public static Failure Stale() => new(FailureKind.PreconditionFailed, "The resource changed since you read it: read it again and retry with the new ETag.");

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
