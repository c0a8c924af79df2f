namespace Teammeter.Hris;

/// <summary>
/// An approval or rejection named something that cannot be decided: a plan the tenant does not have, or an operation
/// that is not held in it. Nothing was written.
/// </summary>
public sealed class SyncReviewException : Exception
{
    /// <summary>The plan was not found for the tenant.</summary>
    public const string PlanNotFound = nameof(PlanNotFound);

    /// <summary>An operation key is not a pending held operation of the plan.</summary>
    public const string OperationNotHeld = nameof(OperationNotHeld);

    /// <summary>Creates the exception.</summary>
    /// <param name="errorCode">A stable code: <see cref="PlanNotFound"/> or <see cref="OperationNotHeld"/>.</param>
    /// <param name="message">What was wrong, naming the plan or operation.</param>
    public SyncReviewException(string errorCode, string message)
        : base(message)
    {
        ErrorCode = errorCode;
    }

    /// <summary>A stable code: <see cref="PlanNotFound"/> or <see cref="OperationNotHeld"/>.</summary>
    public string ErrorCode { get; }
}
