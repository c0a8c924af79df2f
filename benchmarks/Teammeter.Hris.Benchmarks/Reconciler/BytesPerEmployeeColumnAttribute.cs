using BenchmarkDotNet.Attributes;

namespace Teammeter.Hris.Benchmarks.Reconciler;

/// <summary>Adds the <see cref="BytesPerEmployeeColumn"/> to a benchmark class that has an <c>Employees</c> parameter.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class BytesPerEmployeeColumnAttribute : ColumnConfigBaseAttribute
{
    /// <summary>Creates the attribute.</summary>
    public BytesPerEmployeeColumnAttribute()
        : base(new BytesPerEmployeeColumn())
    {
    }
}
