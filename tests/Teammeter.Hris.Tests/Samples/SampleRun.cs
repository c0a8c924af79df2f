using System.Text.Json;
using Teammeter.Hris.Sample.Commands;

namespace Teammeter.Hris.Tests.Samples;

/// <summary>One in-process run of the sample's command line, with what it wrote to stdout and stderr.</summary>
internal sealed record SampleRun(int ExitCode, string Output, string Error)
{
    /// <summary>The API key every sample test uses; no run may ever print it.</summary>
    public const string ApiKey = "key-1";

    public static async Task<SampleRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await SampleApp.RunAsync(args, output, error, _ => null, CancellationToken.None);
        var run = new SampleRun(exitCode, output.ToString(), error.ToString());
        run.Output.Should().NotContain(ApiKey, "the API key is never echoed");
        run.Error.Should().NotContain(ApiKey, "the API key is never echoed");
        return run;
    }

    /// <summary>stdout as the single JSON document <c>--json</c> promises (parsing fails on anything else).</summary>
    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Output);
        return document.RootElement.Clone();
    }
}
