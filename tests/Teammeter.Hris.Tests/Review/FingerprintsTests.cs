using System.Security.Cryptography;
using System.Text.Json;
using CsCheck;
using Teammeter.Hris.Review;
using Teammeter.Hris.Tests.Reconciliation.Helpers;
using Teammeter.Hris.Tests.Review.Helpers;

namespace Teammeter.Hris.Tests.Review;

/// <summary>
/// A plan's fingerprint is hashed as it is written, in chunks; hosts store fingerprints and compare them across
/// runs, so it must stay the hash of the whole list serialised at once (kept here as the oracle) for every plan.
/// </summary>
public sealed class FingerprintsTests
{
    [Fact]
    public void OfPlan_GeneratedOperationsOfEveryKind_EqualsTheHashOfTheWholeList()
    {
        // Up to 200 operations is several 16 KiB chunks, so plans end both on and between chunk boundaries.
        Gen.Select(OperationGenerators.Operation.Array[0, 200], OperationGenerators.Operation.Array[0, 20]).Sample(
            (operations, held) => Fingerprints.OfPlan(operations, held).Should().Be(WholeListFingerprint(operations, held)),
            iter: 300);
    }

    [Fact]
    public void OfPlan_PlannedOrganisations_EqualsTheHashOfTheWholeList()
    {
        OrgGenerators.Scenario(messy: true).Sample(
            scenario =>
            {
                var plan = scenario.Plan();
                Fingerprints.OfPlan(plan.Operations, plan.Held).Should().Be(WholeListFingerprint(plan.Operations, plan.Held));
            },
            iter: 300);
    }

    [Fact]
    public void OfPlan_EmptyPlan_EqualsTheHashOfTheWholeList()
    {
        Fingerprints.OfPlan([], []).Should().Be(WholeListFingerprint([], []));
    }

    [Fact]
    public void OfPlan_HeldOnly_EqualsTheHashOfTheWholeList()
    {
        OperationGenerators.Operation.Array[1, 50].Sample(
            held => Fingerprints.OfPlan([], held).Should().Be(WholeListFingerprint([], held)),
            iter: 100);
    }

    [Fact]
    public void OfPlan_TwentyThousandOperations_EqualsTheHashOfTheWholeList()
    {
        // Some megabytes: hundreds of chunks.
        Gen.Select(OperationGenerators.Operation.Array[20_000], OperationGenerators.Operation.Array[0, 100]).Sample(
            (operations, held) => Fingerprints.OfPlan(operations, held).Should().Be(WholeListFingerprint(operations, held)),
            iter: 2);
    }

    [Fact]
    public void OfOperation_OperationOfEveryKind_EqualsTheHashOfTheWholeList()
    {
        OperationGenerators.Operation.Sample(
            operation => Fingerprints.OfOperation(operation).Should().Be(WholeListFingerprint([operation], [])),
            iter: 300);
    }

    // The algorithm before the hash was streamed: every operation in one list, serialised into one array, hashed.
    private static string WholeListFingerprint(IReadOnlyList<SyncOperation> operations, IReadOnlyList<SyncOperation> held)
    {
        var dtos = new List<OperationDto>(operations.Count + held.Count + 1);
        dtos.AddRange(operations.Select(o => OperationCodec.ToDto(o, string.Empty, ReviewOperationStatus.Approved, null)));
        dtos.Add(new OperationDto { Type = "held", Reason = "-" });
        dtos.AddRange(held.Select(o => OperationCodec.ToDto(o, string.Empty, ReviewOperationStatus.Pending, null)));
        var bytes = JsonSerializer.SerializeToUtf8Bytes(dtos, ReviewJsonContext.Default.ListOperationDto);
        return Convert.ToHexString(SHA256.HashData(bytes), 0, 16).ToLowerInvariant();
    }
}
