using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Teammeter.Hris.Review;

/// <summary>Short, stable hashes: of a plan's operations, and of the HR record an operation was based on.</summary>
internal static class Fingerprints
{
    /// <summary>What an operation about someone absent from HR is based on.</summary>
    public const string Absent = "absent";

    /// <summary>A hash of the operations and held operations, in order: equal plans have equal fingerprints.</summary>
    public static string OfPlan(IReadOnlyList<SyncOperation> operations, IReadOnlyList<SyncOperation> held)
    {
        var dtos = new List<OperationDto>(operations.Count + held.Count + 1);
        dtos.AddRange(operations.Select(o => OperationCodec.ToDto(o, string.Empty, ReviewOperationStatus.Approved, null)));
        dtos.Add(new OperationDto { Type = "held", Reason = "-" });
        dtos.AddRange(held.Select(o => OperationCodec.ToDto(o, string.Empty, ReviewOperationStatus.Pending, null)));
        return Hash(JsonSerializer.SerializeToUtf8Bytes(dtos, ReviewJsonContext.Default.ListOperationDto));
    }

    /// <summary>A hash of one HR record (every attribute the sync reads), or <see cref="Absent"/>.</summary>
    public static string OfEmployee(HrisEmployee? employee)
    {
        if (employee is null)
        {
            return Absent;
        }

        var text = string.Join(
            '\u001f',
            employee.EmployeeId,
            employee.FirstName,
            employee.LastName,
            employee.Email,
            employee.Status?.ToString(),
            employee.StartDate?.ToString("O", CultureInfo.InvariantCulture),
            employee.EndDate?.ToString("O", CultureInfo.InvariantCulture),
            employee.Title,
            employee.Team?.Id,
            employee.Team?.Name,
            employee.Department?.Id,
            employee.Department?.Name,
            employee.ManagerId);
        return Hash(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>A hash of one operation, for operations about a team or role (no HR record of their own).</summary>
    public static string OfOperation(SyncOperation operation) => OfPlan([operation], []);

    private static string Hash(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes), 0, 16).ToLowerInvariant();
}
