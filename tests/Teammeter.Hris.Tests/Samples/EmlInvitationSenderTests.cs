using System.Text;
using Microsoft.Extensions.Time.Testing;
using Teammeter.Hris.Sample;

namespace Teammeter.Hris.Tests.Samples;

public sealed class EmlInvitationSenderTests : IDisposable
{
    private readonly TempDirectory temp = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 25, 9, 30, 0, TimeSpan.Zero));

    public void Dispose() => temp.Dispose();

    private EmlInvitationSender CreateSut() => new(temp.File("outbox"), time);

    [Fact]
    public async Task SendAsync_WritesOneRfc5322Message()
    {
        var sut = CreateSut();
        var invitation = new Invitation("acme", "1012", "lukas.weber@northwind.example", "Lukas", "Weber", "acme:1012");

        await sut.SendAsync(invitation, CancellationToken.None);

        var file = Directory.GetFiles(sut.OutboxDirectory).Should().ContainSingle().Subject;
        file.Should().Be(sut.PathFor("acme:1012")).And.EndWith(".eml");
        var (headers, body) = Parse(await File.ReadAllTextAsync(file));
        headers["From"].Should().Contain("<invitations@teammeter.example>");
        headers["To"].Should().Be("\"Lukas Weber\" <lukas.weber@northwind.example>");
        headers["Subject"].Should().NotBeNullOrWhiteSpace();
        headers["Date"].Should().Be("Wed, 25 Nov 2026 09:30:00 +0000");
        headers["Message-ID"].Should().MatchRegex("^<[0-9a-f]{32}@teammeter.example>$");
        headers["MIME-Version"].Should().Be("1.0");
        headers["Content-Type"].Should().Be("text/plain; charset=utf-8");
        headers["X-Teammeter-Employee-Id"].Should().Be("1012");
        body.Should().StartWith("Hello Lukas,").And.Contain("https://app.teammeter.example/invitations/");
    }

    [Fact]
    public async Task SendAsync_NonAsciiName_EncodesHeaderAsRfc2047()
    {
        var sut = CreateSut();

        await sut.SendAsync(new Invitation("acme", "1004", "juergen.mueller@northwind.example", "Jürgen", "Müller", "acme:1004"), CancellationToken.None);

        var raw = await File.ReadAllTextAsync(sut.PathFor("acme:1004"));
        var (headers, body) = Parse(raw);
        raw[..raw.IndexOf("\r\n\r\n", StringComparison.Ordinal)].Should().MatchRegex(@"^[\x20-\x7e\r\n]*$", "header lines are ASCII only");
        headers["To"].Should().StartWith("=?utf-8?B?").And.EndWith("?= <juergen.mueller@northwind.example>");
        var encoded = headers["To"]["=?utf-8?B?".Length..headers["To"].IndexOf("?=", StringComparison.Ordinal)];
        Encoding.UTF8.GetString(Convert.FromBase64String(encoded)).Should().Be("Jürgen Müller");
        body.Should().StartWith("Hello Jürgen,");
    }

    [Fact]
    public async Task SendAsync_SameKeyTwice_WritesOneFile()
    {
        var sut = CreateSut();
        var invitation = new Invitation("acme", "1011", "ana.garcia@northwind.example", "Ana", "García", "acme:1011");

        await sut.SendAsync(invitation, CancellationToken.None);
        var first = await File.ReadAllTextAsync(sut.PathFor(invitation.IdempotencyKey));
        time.Advance(TimeSpan.FromHours(1));
        await sut.SendAsync(invitation, CancellationToken.None);
        await sut.SendAsync(invitation with { EmployeeId = "1011" }, CancellationToken.None);

        Directory.GetFiles(sut.OutboxDirectory).Should().ContainSingle();
        (await File.ReadAllTextAsync(sut.PathFor(invitation.IdempotencyKey))).Should().Be(first);
    }

    [Fact]
    public async Task SendAsync_DifferentKeys_WriteSeparateFiles()
    {
        var sut = CreateSut();

        await sut.SendAsync(new Invitation("acme", "1", "a@x.example", null, null, "acme:1"), CancellationToken.None);
        await sut.SendAsync(new Invitation("acme", "2", "b@x.example", null, null, "acme:2"), CancellationToken.None);

        Directory.GetFiles(sut.OutboxDirectory, "*.eml").Should().HaveCount(2);
        var (headers, body) = Parse(await File.ReadAllTextAsync(sut.PathFor("acme:1")));
        headers["To"].Should().Be("<a@x.example>");
        body.Should().StartWith("Hello,");
    }

    [Fact]
    public async Task SendAsync_LongNonAsciiName_SplitsIntoEncodedWordsOfAtMost75Chars()
    {
        var sut = CreateSut();
        var longName = string.Concat(Enumerable.Repeat("Ødegård", 12));

        await sut.SendAsync(new Invitation("acme", "9", "o@x.example", longName, null, "acme:9"), CancellationToken.None);

        var (headers, _) = Parse(await File.ReadAllTextAsync(sut.PathFor("acme:9")));
        var words = headers["To"][..headers["To"].IndexOf(" <", StringComparison.Ordinal)].Split(' ');
        words.Should().HaveCountGreaterThan(1).And.OnlyContain(w => w.Length <= 75 && w.StartsWith("=?utf-8?B?"));
        string.Concat(words.Select(w => Encoding.UTF8.GetString(Convert.FromBase64String(w[10..^2])))).Should().Be(longName);
    }

    // Unfolds header lines (RFC 5322 §2.2.3) and splits the body off.
    private static (Dictionary<string, string> Headers, string Body) Parse(string message)
    {
        message.Should().NotContain("\n\n").And.NotMatchRegex("[^\r]\n");
        var split = message.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headerText = message[..split].Replace("\r\n ", " ", StringComparison.Ordinal);
        var headers = headerText.Split("\r\n").Select(line => line.Split(": ", 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        return (headers, message[(split + 4)..]);
    }
}
