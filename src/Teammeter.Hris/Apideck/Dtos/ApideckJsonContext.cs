using System.Text.Json.Serialization;

namespace Teammeter.Hris.Apideck.Dtos;

/// <summary>Source-generated (reflection-free, AOT-safe) serialisation of every Apideck DTO.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ListPageDto<DepartmentDto>))]
[JsonSerializable(typeof(ErrorDto))]
[JsonSerializable(typeof(SessionRequestDto))]
[JsonSerializable(typeof(SessionResponseDto))]
[JsonSerializable(typeof(ConnectionResponseDto))]
internal sealed partial class ApideckJsonContext : JsonSerializerContext;
