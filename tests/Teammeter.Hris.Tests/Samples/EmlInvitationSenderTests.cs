using Microsoft.Extensions.Time.Testing;
using MimeKit;
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
        var message = await LoadAsync(file);
        message.From.Mailboxes.Should().ContainSingle().Which.Address.Should().Be("invitations@teammeter.example");
        var to = message.To.Mailboxes.Should().ContainSingle().Subject;
        to.Name.Should().Be("Lukas Weber");
        to.Address.Should().Be("lukas.weber@northwind.example");
        message.Subject.Should().Be("You are invited to Teammeter");
        message.Date.Should().Be(time.GetUtcNow());
        message.Headers[HeaderId.Date].Should().Be("Wed, 25 Nov 2026 09:30:00 +0000");
        message.MessageId.Should().MatchRegex("^[0-9a-f]{32}@teammeter.example$");
        message.Headers[HeaderId.MimeVersion].Should().Be("1.0");
        message.Body!.ContentType.MimeType.Should().Be("text/plain");
        message.Body.ContentType.Charset.Should().Be("utf-8");
        message.Headers["X-Teammeter-Tenant"].Should().Be("acme");
        message.Headers["X-Teammeter-Employee-Id"].Should().Be("1012");
        message.Headers["X-Teammeter-Idempotency-Key"].Should().Be("acme:1012");
        message.TextBody.Should().StartWith("Hello Lukas,").And.Contain("https://app.teammeter.example/invitations/");
    }

    [Fact]
    public async Task SendAsync_NonAsciiName_EncodesHeadersAsAsciiAndReadsBackExactly()
    {
        var sut = CreateSut();

        await sut.SendAsync(new Invitation("acme", "1004", "juergen.mueller@northwind.example", "Jürgen", "Müller", "acme:1004"), CancellationToken.None);

        var raw = await File.ReadAllTextAsync(sut.PathFor("acme:1004"));
        raw.Should().MatchRegex(@"^[\x20-\x7e\r\n]*$", "header lines are RFC 2047 encoded and the body quoted-printable: the file is ASCII");
        raw.Should().Contain("To: =?utf-8?", "a non-ASCII display name is an encoded-word");
        var message = await LoadAsync(sut.PathFor("acme:1004"));
        message.To.Mailboxes.Single().Name.Should().Be("Jürgen Müller");
        message.TextBody.Should().StartWith("Hello Jürgen,");
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
        var message = await LoadAsync(sut.PathFor("acme:1"));
        var to = message.To.Mailboxes.Should().ContainSingle().Subject;
        to.Address.Should().Be("a@x.example");
        to.Name.Should().BeNullOrEmpty();
        message.TextBody.Should().StartWith("Hello,");
    }

    [Fact]
    public async Task SendAsync_LongNonAsciiName_FoldsIntoEncodedWordsAndReadsBackExactly()
    {
        var sut = CreateSut();
        var longName = string.Join(' ', Enumerable.Repeat("Ødegård", 12));

        await sut.SendAsync(new Invitation("acme", "9", "o@x.example", longName, null, "acme:9"), CancellationToken.None);

        var raw = await File.ReadAllTextAsync(sut.PathFor("acme:9"));
        var header = raw[..raw.IndexOf("\r\n\r\n", StringComparison.Ordinal)];
        var to = header.Split("\r\n").SkipWhile(line => !line.StartsWith("To: ", StringComparison.Ordinal)).ToList();
        to[1].Should().StartWith(" =?utf-8?", "the long name is folded onto a continuation line of encoded-words");

        // MimeKit packs up to ~72 base64 characters into one encoded-word: a few more than RFC 2047's 75-character
        // word, well within RFC 5322's 998-character line, and what mail clients read. The hard limit is asserted.
        header.Split("\r\n").Should().OnlyContain(line => line.Length <= 998, "RFC 5322 §2.1.1");
        var message = await LoadAsync(sut.PathFor("acme:9"));
        message.To.Mailboxes.Single().Name.Should().Be(longName);
    }

    // Parses the file as a mail client would, after checking it uses CRLF line ends only (RFC 5322 §2.1).
    private static async Task<MimeMessage> LoadAsync(string path)
    {
        var raw = await File.ReadAllTextAsync(path);
        raw.Should().NotMatchRegex("[^\r]\n", "an .eml file ends its lines with CRLF");
        return await MimeMessage.LoadAsync(path);
    }
}
