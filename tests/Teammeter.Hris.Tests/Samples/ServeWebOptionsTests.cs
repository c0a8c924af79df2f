using Teammeter.Hris.Sample.CommandLine;

namespace Teammeter.Hris.Tests.Samples;

/// <summary><c>serve --web</c>: the review page is never open without a token, and the token is never printed.</summary>
public sealed class ServeWebOptionsTests
{
    private const string Serve = "serve --tenants t.json --app-id a --api-key k";

    [Fact]
    public void Parse_WebWithToken_SetsBothAndMasksTheToken()
    {
        var result = Parse($"{Serve} --web http://127.0.0.1:5080 --web-token secret-secret-1");

        result.Error.Should().BeNull();
        result.Options!.WebUrl.Should().Be(new Uri("http://127.0.0.1:5080"));
        result.Options.WebToken.Should().Be("secret-secret-1");
        result.Options.ToString().Should().Contain("web-token=***").And.NotContain("secret-secret-1");
    }

    [Fact]
    public void Parse_WebTokenFromTheEnvironment_IsUsed()
    {
        var result = Parse($"{Serve} --web http://127.0.0.1:5080", new Dictionary<string, string> { ["TEAMMETER_WEB_TOKEN"] = "from-the-environment" });

        result.Options!.WebToken.Should().Be("from-the-environment");
    }

    [Theory]
    [InlineData("--web http://127.0.0.1:5080", "'--web-token' (or TEAMMETER_WEB_TOKEN) is required")]
    [InlineData("--web http://127.0.0.1:5080 --web-token short", "at least 12 characters")]
    [InlineData("--web http://127.0.0.1:5080/review --web-token secret-secret-1", "without a path")]
    [InlineData("--web ftp://host --web-token secret-secret-1", "http(s) URL")]
    [InlineData("--web-token secret-secret-1", "'--web-token' needs '--web'")]
    public void Parse_BadWebOptions_FailNamingTheProblem(string options, string message)
    {
        var result = Parse($"{Serve} {options}");

        result.Error.Should().Contain(message);
    }

    [Fact]
    public void Parse_WebOnAnotherCommand_IsRefused()
    {
        var result = Parse("sync --tenant acme --app-id a --api-key k --web http://127.0.0.1:5080");

        result.Error.Should().Contain("'--web' applies only to the 'serve' command");
    }

    private static CommandLineResult Parse(string commandLine, IReadOnlyDictionary<string, string>? environment = null) =>
        CommandLineParser.Parse(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries), name => environment?.GetValueOrDefault(name));
}
