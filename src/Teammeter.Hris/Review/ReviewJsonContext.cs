using System.Text.Json.Serialization;

namespace Teammeter.Hris.Review;

/// <summary>Source-generated (AOT-safe) serialisation of stored plans.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(PlanDocument))]
[JsonSerializable(typeof(List<OperationDto>))]
internal sealed partial class ReviewJsonContext : JsonSerializerContext;
