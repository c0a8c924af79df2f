namespace Teammeter.Hris.Sample.CommandLine;

/// <summary>The options that take no value.</summary>
internal static class SampleFlags
{
    public const string Json = "--json";

    public const string Verbose = "--verbose";
}
