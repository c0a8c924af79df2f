namespace Teammeter.Hris.Sample.CommandLine;

/// <summary>One option that takes a value: its name, the placeholder and text of the help, and the commands it applies to.</summary>
internal sealed record OptionSpec(string Name, string HelpName, string Description, Func<SampleCommand, bool> AppliesTo);
