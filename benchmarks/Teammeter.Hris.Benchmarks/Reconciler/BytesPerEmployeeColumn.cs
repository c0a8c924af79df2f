using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Teammeter.Hris.Benchmarks.Reconciler;

/// <summary>
/// Allocated bytes per operation divided by the <c>Employees</c> parameter: the issue's "small constant per
/// employee" reads straight off the table, and stays flat from 1k to 100k when allocations are linear.
/// </summary>
internal sealed class BytesPerEmployeeColumn : IColumn
{
    private const string Parameter = "Employees";

    public string Id => nameof(BytesPerEmployeeColumn);

    public string ColumnName => "B/employee";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Metric;

    public int PriorityInCategory => 10;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Allocated bytes per operation divided by the number of employees";

    public bool IsAvailable(Summary summary) =>
        summary.BenchmarksCases.Any(c => c.Parameters.Items.Any(p => p.Name == Parameter));

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var employees = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == Parameter)?.Value as int?;
        var report = summary[benchmarkCase];
        var bytes = report?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        return employees is > 0 && bytes is { } allocated
            ? ((double)allocated / employees.Value).ToString("N1", CultureInfo.InvariantCulture)
            : "-";
    }
}
