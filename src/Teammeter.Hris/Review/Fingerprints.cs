using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Teammeter.Hris.Review;

/// <summary>Short, stable hashes: of a plan's operations, and of the HR record an operation was based on.</summary>
internal static class Fingerprints
{
    // Large enough that hashing is done in few calls, small enough to stay out of the large object heap.
    private const int ChunkSize = 16 * 1024;

    /// <summary>What an operation about someone absent from HR is based on.</summary>
    public const string Absent = "absent";

    /// <summary>A hash of the operations and held operations, in order: equal plans have equal fingerprints.</summary>
    /// <remarks>
    /// The hash is of one JSON array: every operation, a <c>held</c> separator, every held operation, each as its
    /// <see cref="OperationDto"/> serialises. Hosts store it and compare it across runs, so those bytes must never
    /// change. They are written (by <see cref="OperationJson"/>, without making the DTOs) and hashed in small chunks,
    /// one operation at a time: a 250,000-operation initial sync made them a ~30 MB array before.
    /// </remarks>
    public static string OfPlan(IReadOnlyList<SyncOperation> operations, IReadOnlyList<SyncOperation> held)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        // It grows as needed: a single operation (OfOperation) keeps it small, a large plan to about one chunk.
        var buffer = new ArrayBufferWriter<byte>();

        // The serialiser's own writer for a list has these (default) options: the same escaping, no indentation.
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var operation in operations)
            {
                OperationJson.Write(json, operation, ReviewOperationStatus.Approved);
                HashFullChunk(json, buffer, hash);
            }

            OperationJson.WriteHeldSeparator(json);
            foreach (var operation in held)
            {
                OperationJson.Write(json, operation, ReviewOperationStatus.Pending);
                HashFullChunk(json, buffer, hash);
            }

            json.WriteEndArray();
            json.Flush();
        }

        hash.AppendData(buffer.WrittenSpan);
        return Hex(hash.GetHashAndReset());
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

    private static void HashFullChunk(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, IncrementalHash hash)
    {
        if (json.BytesPending + buffer.WrittenCount >= ChunkSize)
        {
            // After a flush the writer holds no memory of the buffer, so it can be hashed and reused.
            json.Flush();
            hash.AppendData(buffer.WrittenSpan);
            buffer.ResetWrittenCount();
        }
    }

    private static string Hash(byte[] bytes) => Hex(SHA256.HashData(bytes));

    private static string Hex(byte[] hash) => Convert.ToHexString(hash, 0, 16).ToLowerInvariant();
}
