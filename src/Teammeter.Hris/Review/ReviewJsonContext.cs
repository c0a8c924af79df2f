using System.Text.Json.Serialization;

namespace Teammeter.Hris.Review;

/// <summary>Source-generated (AOT-safe) serialisation of stored plans.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(PlanDocument))]
[JsonSerializable(typeof(List<OperationDto>))]

// One operation at a time: a plan's fingerprint hashes them as they are written (Fingerprints.OfPlan).
[JsonSerializable(typeof(OperationDto))]
internal sealed partial class ReviewJsonContext : JsonSerializerContext;
