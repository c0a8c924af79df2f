using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Teammeter.Hris.Sample.ApideckServer;

namespace Teammeter.Hris.Tests.Reliability.Helpers;

/// <summary>
/// What must not leak from the package: the API key at any level and in any exception text; employees' emails and
/// names at Information and above (design rule: personal data only at Debug and below).
/// </summary>
internal sealed class SensitiveData
{
    private readonly string _apiKey;
    private readonly IReadOnlyList<string> _emails;
    private readonly Regex? _names;

    private SensitiveData(string apiKey, IReadOnlyList<string> emails, IReadOnlyList<string> names)
    {
        _apiKey = apiKey;
        _emails = emails;

        // Whole words only: a name such as "Kim" must not match inside "Kimberley" or an id.
        _names = names.Count == 0 ? null : new Regex(@"\b(" + string.Join('|', names.Select(Regex.Escape)) + @")\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>Everything the server's tenants hold, and its API key.</summary>
    public static SensitiveData Of(FakeApideckServer server)
    {
        var employees = server.Tenants.All.SelectMany(t => t.Employees).ToList();
        var emails = employees.SelectMany(e => e.Emails).Select(m => m.Email).Where(m => !string.IsNullOrEmpty(m)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var names = employees.SelectMany(e => new[] { e.FirstName, e.LastName }).Where(n => n is { Length: >= 3 }).Select(n => n!.Trim()).Distinct(StringComparer.Ordinal).ToList();
        return new SensitiveData(server.Options.ApiKey, emails!, names);
    }

    public void ShouldNotBeIn(string text, string what)
    {
        text.Should().NotContain(_apiKey, $"{what} must never hold the API key");
        Leaks(text).Should().BeNull($"{what} must not hold personal data");
    }

    public void ShouldNotBeLeakedBy(IEnumerable<CapturedLog> entries)
    {
        foreach (var entry in entries)
        {
            var text = entry.Message + "\n" + entry.Exception;
            text.Should().NotContain(_apiKey, $"no log entry may hold the API key ({entry.Category}, {entry.Level})");
            if (entry.Level >= LogLevel.Information && entry.Category.StartsWith("Teammeter.Hris", StringComparison.Ordinal))
            {
                Leaks(text).Should().BeNull($"personal data is allowed at Debug and below only ({entry.Category}, {entry.Level}: \"{entry.Message}\")");
            }
        }
    }

    private string? Leaks(string text)
    {
        var email = _emails.FirstOrDefault(e => text.Contains(e, StringComparison.OrdinalIgnoreCase));
        if (email is not null)
        {
            return email;
        }

        return _names?.Match(text) is { Success: true } match ? match.Value : null;
    }
}
