using System.Text;
using System.Text.Json;
using CsCheck;
using Teammeter.Hris.Review;
using Teammeter.Hris.Tests.Review.Helpers;

namespace Teammeter.Hris.Tests.Review;

/// <summary>
/// The hand-written operation writer must produce the serialiser's bytes exactly: plan fingerprints hash them, and
/// hosts compare stored fingerprints across versions.
/// </summary>
public sealed class OperationDtoWriterTests
{
    private static readonly Gen<OperationDto> s_dto =
        from operation in OperationGenerators.Operation
        from why in OperationGenerators.Text
        from status in Gen.Enum<ReviewOperationStatus>()
        from hrFingerprint in OperationGenerators.Optional
        select OperationCodec.ToDto(operation, why, status, hrFingerprint);

    [Fact]
    public void Write_GeneratedOperationsOfEveryKindAndStatus_WritesTheSerialisersBytes()
    {
        s_dto.Sample(dto => Written(dto).Should().Be(Serialised(dto)), iter: 1_000);
    }

    [Fact]
    public void Write_TheHeldSeparator_WritesTheSerialisersBytes()
    {
        var separator = new OperationDto { Type = "held", Reason = "-" };

        Written(separator).Should().Be("""{"type":"held","reason":"-","status":"Pending"}""").And.Be(Serialised(separator));
    }

    [Fact]
    public void Write_EmptyChangeList_WritesAnEmptyListLikeTheSerialiser()
    {
        // No UpdateUser has none (its constructor refuses), but a stored document read back and written again could.
        var dto = new OperationDto { Type = "UpdateUser", Reason = "EmailChanged", Changes = [] };

        Written(dto).Should().Contain("\"changes\":[]").And.Be(Serialised(dto));
    }

    private static string Written(OperationDto dto)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            OperationDtoWriter.Write(json, dto);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Serialised(OperationDto dto) => JsonSerializer.Serialize(dto, ReviewJsonContext.Default.OperationDto);
}
