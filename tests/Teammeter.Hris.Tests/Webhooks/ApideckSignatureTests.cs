using System.Buffers;
using System.Text;
using System.Text.Json;
using Teammeter.Hris.Webhooks;

namespace Teammeter.Hris.Tests.Webhooks;

/// <summary>
/// The expected signatures were computed with Node.js, the way Apideck's guide does it:
/// <c>crypto.createHmac('sha256', key).update(JSON.stringify(sortKeysRecursively(JSON.parse(raw)))).digest('base64')</c>.
/// </summary>
public sealed class ApideckSignatureTests
{
    private const string CallableBody =
        """{"payload":{"event_type":"vault.connection.callable","event_id":"9755c355-56c3-4a2f-a2da-86ff4411fccb","consumer_id":"acme","service_id":"personio","execution_attempt":1,"occurred_at":"2021-10-01T03:14:55.419Z"}}""";

    private const string CallableSignature = "tYR+7zm4EsvMQi2W8EwJ9x9DuRP3myYDcjdVj0XOhLM=";

    // Nested objects, arrays in order, integer-like keys, escapes, non-ASCII, U+2028, an emoji and JavaScript's number layouts.
    private const string HardBody =
        """{ "z": 1, "a": { "y": [3, {"b": 2, "a": 1}], "x": null }, "m": "Zoë é \"q\" \n\u0001 <&> \u2028 😀", "10": true, "2": false, "n": [1.0, 1e21, 1e-7, 0.000001, -0, 123.456, 12345678901234567890] }""";

    private const string HardKey = "sk_live_ключ";

    private const string HardSignature = "gTFnWFlsWpI6pUUuVr5bblwrEi71V84PVmkL11ZiLjc=";

    private const string HardCanonical =
        "{\"2\":false,\"10\":true,\"a\":{\"x\":null,\"y\":[3,{\"a\":1,\"b\":2}]},\"m\":\"Zoë é \\\"q\\\" \\n\\u0001 <&> \u2028 😀\",\"n\":[1,1e+21,1e-7,0.000001,0,123.456,12345678901234567000],\"z\":1}";

    [Fact]
    public void Compute_ApideckEvent_MatchesNodeReference()
    {
        Compute(CallableBody, "demo-api-key").Should().Be(CallableSignature);
    }

    [Fact]
    public void Compute_SameEventWithKeysReorderedAndSpaced_SameSignature()
    {
        const string reordered = """
            {
              "payload": {
                "occurred_at": "2021-10-01T03:14:55.419Z", "service_id": "personio",
                "consumer_id": "acme", "execution_attempt": 1,
                "event_id": "9755c355-56c3-4a2f-a2da-86ff4411fccb", "event_type": "vault.connection.callable"
              }
            }
            """;

        Compute(reordered, "demo-api-key").Should().Be(CallableSignature);
    }

    [Fact]
    public void Compute_NestedObjectsEscapesAndNumbers_MatchesNodeReference()
    {
        Compute(HardBody, HardKey).Should().Be(HardSignature);
    }

    [Fact]
    public void Canonical_NestedObjectsEscapesAndNumbers_IsNodesJsonStringify()
    {
        using var document = JsonDocument.Parse(HardBody);
        var output = new ArrayBufferWriter<byte>();
        CanonicalJson.Write(document.RootElement, output);

        Encoding.UTF8.GetString(output.WrittenSpan).Should().Be(HardCanonical);
    }

    [Fact]
    public void Compute_IndependentSigner_Agrees()
    {
        var body = SignedDelivery.Event("hris.employee.updated", "tenant-a", "e-1");

        Compute(body, "k").Should().Be(SignedDelivery.Sign(body, "k"));
    }

    [Fact]
    public void Verify_NodeSignature_True()
    {
        Verify(CallableBody, CallableSignature, "demo-api-key").Should().BeTrue();
    }

    [Fact]
    public void Verify_TamperedBody_False()
    {
        Verify(CallableBody.Replace("acme", "acmf", StringComparison.Ordinal), CallableSignature, "demo-api-key").Should().BeFalse();
    }

    [Fact]
    public void Verify_WrongKey_False()
    {
        Verify(CallableBody, CallableSignature, "another-key").Should().BeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("dGVzdA==")] // valid Base64, wrong length
    [InlineData("tYR+7zm4EsvMQi2W8EwJ9x9DuRP3myYDcjdVj0XOhLM=tYR+7zm4EsvMQi2W8EwJ9x9DuRP3myYDcjdVj0XOhLM=")]
    public void Verify_MalformedSignature_False(string signature)
    {
        Verify(CallableBody, signature, "demo-api-key").Should().BeFalse();
    }

    [Theory]
    [InlineData(1.0, "1")]
    [InlineData(-0.0, "0")]
    [InlineData(100, "100")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(1e21, "1e+21")]
    [InlineData(123.456, "123.456")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(-2.5e-10, "-2.5e-10")]
    [InlineData(1.5e300, "1.5e+300")]
    [InlineData(0.1, "0.1")]
    public void FormatNumber_Double_PrintsLikeJavaScript(double value, string expected)
    {
        CanonicalJson.FormatNumber(value).Should().Be(expected);
    }

    private static string Compute(string body, string key)
    {
        using var document = JsonDocument.Parse(body);
        return ApideckSignature.Compute(document.RootElement, key);
    }

    private static bool Verify(string body, string signature, string key)
    {
        using var document = JsonDocument.Parse(body);
        return ApideckSignature.Verify(document.RootElement, signature, key);
    }
}
