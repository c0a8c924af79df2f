namespace Teammeter.Hris;

/// <summary>
/// An employee's employment status as the HR system reports it (Apideck's unified <c>employment_status</c>).
/// </summary>
/// <remarks>An absent status is modelled as <see langword="null"/> on <see cref="HrisEmployee.Status"/>, not as a member here.</remarks>
public enum HrisEmploymentStatus
{
    /// <summary>Currently employed.</summary>
    Active,

    /// <summary>Employed but inactive (for example on long leave, or switched off in HR).</summary>
    Inactive,

    /// <summary>No longer employed.</summary>
    Terminated,

    /// <summary>Any other status the HR system reports; treated like <see cref="Active"/> by the sync.</summary>
    Other,
}
