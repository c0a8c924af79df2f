using System.CommandLine;
using System.CommandLine.Invocation;
using Teammeter.Hris.Sample.CommandLine;

namespace Teammeter.Hris.Sample.Commands;

/// <summary>Bad usage: the problem, a suggestion for a mistyped command or option, the way to help, and exit code 2.</summary>
internal static class UsageErrors
{
    public static int Write(string problem, TextWriter error)
    {
        error.WriteLine($"error: {problem}");
        error.WriteLine("Run with --help for the commands and options.");
        return ExitCodes.Usage;
    }

    public static int Write(ParseResult parsed, TextWriter error)
    {
        foreach (var parseError in parsed.Errors)
        {
            error.WriteLine($"error: {parseError.Message}");
        }

        // System.CommandLine's own error action knows the typo suggestions ("Did you mean ...?"); it also repeats the
        // errors, already written above with the sample's "error:" prefix, so only its other lines are kept.
        if (parsed.Action is ParseErrorAction action)
        {
            action.ShowHelp = false;
            action.ShowTypoCorrections = true;
            using var captured = new StringWriter();
            parsed.Invoke(new InvocationConfiguration { Output = captured, Error = captured });
            var errors = parsed.Errors.Select(e => e.Message).ToHashSet(StringComparer.Ordinal);
            foreach (var line in captured.ToString().Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && !errors.Contains(l)))
            {
                error.WriteLine(line);
            }
        }

        error.WriteLine("Run with --help for the commands and options.");
        return ExitCodes.Usage;
    }
}
