namespace Teammeter.Hris.Sample.CommandLine;

/// <summary>The sample's reading of a command line: validated options, or a usage error naming the option.</summary>
internal sealed record CommandLineResult
{
    private CommandLineResult()
    {
    }

    public SampleOptions? Options { get; private init; }

    /// <summary>What is wrong, naming the option or command; never contains a secret's value.</summary>
    public string? Error { get; private init; }

    public static CommandLineResult Success(SampleOptions options) => new() { Options = options };

    public static CommandLineResult Failure(string error) => new() { Error = error };
}
