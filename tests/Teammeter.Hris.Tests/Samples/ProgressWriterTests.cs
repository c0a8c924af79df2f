using Teammeter.Hris.Sample.Output;

namespace Teammeter.Hris.Tests.Samples;

/// <summary>The progress line of long commands: on a terminal it overwrites itself; redirected, it writes nothing.</summary>
public sealed class ProgressWriterTests
{
    [Fact]
    public void OnATerminal_PagesAndOperations_OverwriteOneLineThatIsClearedBeforeOtherOutput()
    {
        using var error = new StringWriter();
        var progress = new ProgressWriter(error, isTerminal: true);

        progress.PageRead(100);
        progress.PageRead(20);
        progress.OperationsApplied(7);
        progress.WriteLine("Apideck did not answer; retrying in 1 s, attempt 2 of 5");
        progress.OperationsApplied(3);
        progress.Clear();

        var text = error.ToString();
        text.Should().Contain("\rReading Personio: page 1, 100 people").And.Contain("\rReading Personio: page 2, 120 people")
            .And.Contain("\rApplying the plan: 7 operations applied").And.Contain("\rApplying the plan: 10 operations applied");
        text.Should().Contain("\r" + new string(' ', "Applying the plan: 7 operations applied".Length) + "\rApideck did not answer; retrying in 1 s, attempt 2 of 5" + Environment.NewLine);
        text.Should().EndWith("\r" + new string(' ', "Applying the plan: 10 operations applied".Length) + "\r");
    }

    [Fact]
    public void Redirected_WritesNoProgressAtAll()
    {
        using var error = new StringWriter();
        var progress = new ProgressWriter(error, isTerminal: false);

        progress.PageRead(100);
        progress.OperationsApplied(7);
        progress.Clear();
        progress.WriteLine("a line");

        error.ToString().Should().Be("a line" + Environment.NewLine);
    }

    [Fact]
    public void RetryLine_FromThePackagesRetryEvent_CountsTheNextAttemptOfAll()
    {
        var state = new Dictionary<string, object?> { ["StatusCode"] = null, ["ExceptionType"] = "HttpRequestException", ["Attempt"] = 1, ["DelayMs"] = 400L };

        RetryLine.Format(state, maxRetryAttempts: 4).Should().Be("Apideck did not answer; retrying in 1 s, attempt 2 of 5");
        RetryLine.Format(new Dictionary<string, object?>(state) { ["StatusCode"] = 503, ["Attempt"] = 3, ["DelayMs"] = 4100L }, 4)
            .Should().Be("Apideck answered 503; retrying in 5 s, attempt 4 of 5");
    }
}
