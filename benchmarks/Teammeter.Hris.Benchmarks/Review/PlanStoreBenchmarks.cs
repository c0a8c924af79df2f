using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Teammeter.Hris.Benchmarks.Reconciler;
using Teammeter.Hris.Reconciliation;
using Teammeter.Hris.Review;

namespace Teammeter.Hris.Benchmarks.Review;

/// <summary>
/// Storing an initial sync's plan for review (issue 23): its fingerprint over every operation, and the stored record
/// with the first <see cref="PlanRecords.MaxStoredOperations"/> operations and their why. 50,000 people plan about
/// 250,000 operations; every one is written as JSON for the fingerprint.
/// </summary>
[MemoryDiagnoser]
public class PlanStoreBenchmarks
{
    private const int Seed = 20261125;

    private ChangeSet _plan = null!;
    private Explainer _explainer = null!;

    /// <summary>Headcount of the generated organisation.</summary>
    [Params(50_000)]
    public int Employees { get; set; }

    /// <summary>Plans the initial sync once and says how large it is.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var snapshot = SyntheticTenant.Create(Employees, Seed).Snapshot(Seed);
        _plan = OrgReconciler.Plan(snapshot, TeammeterState.Empty(SyntheticTenant.TenantId), ReconcilePolicy.Default, SyntheticTenant.Today);
        _explainer = new Explainer(snapshot);
        Console.WriteLine($"// {_plan.Operations.Count:N0} operations, {OperationsJson():N0} bytes of JSON for the fingerprint");
        if (OperationsJsonWritten() != OperationsJson())
        {
            throw new InvalidOperationException("The written JSON differs in length from the serialiser's.");
        }
    }

    /// <summary>
    /// The fingerprint's JSON without its hash, as it was written until issue 23's fifth round: every operation
    /// converted to its DTO and serialised, into a 16 KiB buffer that is reused.
    /// </summary>
    [Benchmark(Baseline = true)]
    public long OperationsJson() => WriteOperations((json, operation) =>
        JsonSerializer.Serialize(json, OperationCodec.ToDto(operation, string.Empty, ReviewOperationStatus.Approved, null), ReviewJsonContext.Default.OperationDto));

    /// <summary>The same bytes as <c>Fingerprints.OfPlan</c> writes them now: <see cref="OperationJson"/>, no DTO.</summary>
    [Benchmark]
    public long OperationsJsonWritten() => WriteOperations((json, operation) => OperationJson.Write(json, operation, ReviewOperationStatus.Approved));

    /// <summary>The whole fingerprint: operations written and hashed in 16 KiB chunks.</summary>
    [Benchmark]
    public string Fingerprint() => Fingerprints.OfPlan(_plan.Operations, _plan.Held);

    /// <summary>What <c>PersonioSync</c> hands the host's store: fingerprint, document and the first operations' why.</summary>
    [Benchmark]
    public int StoredPlan() =>
        PlanRecords.Create(SyntheticTenant.TenantId, "plan-1", DateTimeOffset.UnixEpoch, SyncRunKind.Plan, isInitialSync: true, _plan, HrisFields.None, _explainer).Content.Length;

    private long WriteOperations(Action<Utf8JsonWriter, SyncOperation> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        long written = 0;
        using var json = new Utf8JsonWriter(buffer);
        json.WriteStartArray();
        foreach (var operation in _plan.Operations)
        {
            write(json, operation);
            if (json.BytesPending + buffer.WrittenCount >= 16 * 1024)
            {
                json.Flush();
                written += buffer.WrittenCount;
                buffer.ResetWrittenCount();
            }
        }

        json.WriteEndArray();
        json.Flush();
        return written + buffer.WrittenCount;
    }
}
