namespace Teammeter.Hris.Sample.CommandLine;

/// <summary>The outcome of parsing: options, a request for help, or a usage error naming the option.</summary>
internal sealed record ParseResult
{
    private ParseResult()
    {
    }

    public SampleOptions? Options { get; private init; }

    public bool ShowHelp { get; private init; }

    /// <summary>What is wrong, naming the option or command; never contains a secret's value.</summary>
    public string? Error { get; private init; }

    public static ParseResult Success(SampleOptions options) => new() { Options = options };

    public static ParseResult Help() => new() { ShowHelp = true };

    public static ParseResult Failure(string error) => new() { Error = error };
}
