namespace Teammeter.Hris.Sample;

/// <summary>A coach edit names an employee, manager or team the tenant's Teammeter data does not have.</summary>
public sealed class UnknownRecordException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="parameterName">The argument that names the missing record, so a caller can point at its option.</param>
    /// <param name="message">What is missing, naming the id and the tenant.</param>
    public UnknownRecordException(string parameterName, string message)
        : base(message)
    {
        ParameterName = parameterName;
    }

    /// <summary>The argument that names the missing record (for example <c>employeeId</c> or <c>teamId</c>).</summary>
    public string ParameterName { get; }
}
