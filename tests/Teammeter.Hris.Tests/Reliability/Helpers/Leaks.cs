using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Teammeter.Hris.Sample.ApideckServer;

namespace Teammeter.Hris.Tests.Reliability.Helpers;

/// <summary>
/// The secrets rules every reliability test ends with: the API key appears nowhere (no log level, no exception
/// message or <c>ToString()</c>), and names and emails of the served organisations never at Information or above.
/// </summary>
internal static class Leaks
{
    public static void ShouldNotLeak(IEnumerable<CapturedLog> logs, string apiKey, IReadOnlyCollection<ApideckEmployee> people)
    {
        var personal = PersonalData(people);
        foreach (var entry in logs)
        {
            var exceptionText = entry.Exception?.ToString() ?? string.Empty;
            entry.Message.Should().NotContain(apiKey, "the API key must not be logged at any level ({0} {1})", entry.Level, entry.Category);
            exceptionText.Should().NotContain(apiKey, "a logged exception must not carry the API key ({0})", entry.Category);
            if (entry.Level < LogLevel.Information)
            {
                continue;
            }

            var leaked = personal.FirstOrDefault(p => p.IsMatch(entry.Message) || p.IsMatch(exceptionText));
            leaked.Should().BeNull("personal data must not be logged at {0} ({1}: \"{2}\")", entry.Level, entry.Category, entry.Message);
        }
    }

    public static void ShouldNotLeak(Exception exception, string apiKey)
    {
        exception.Message.Should().NotContain(apiKey);
        exception.ToString().Should().NotContain(apiKey);
    }

    // Whole words only, so a short first name does not match inside an unrelated word.
    private static List<Regex> PersonalData(IEnumerable<ApideckEmployee> people) =>
        people
            .SelectMany(p => new[] { p.FirstName, p.LastName }.Concat(p.Emails.Select(e => e.Email)))
            .Where(text => !string.IsNullOrWhiteSpace(text) && text.Trim().Length >= 3)
            .Select(text => text!.Trim())
            .Distinct(StringComparer.Ordinal)
            .Select(text => new Regex($@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(text)}(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant))
            .ToList();
}
