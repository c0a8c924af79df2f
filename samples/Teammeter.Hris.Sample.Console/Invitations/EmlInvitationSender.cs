using System.Security.Cryptography;
using System.Text;
using MimeKit;
using MimeKit.Text;

namespace Teammeter.Hris.Sample;

/// <summary>
/// "Sends" each invitation as an RFC 5322 <c>.eml</c> file in an outbox folder, one file per invitation. The file
/// name comes from the idempotency key, so sending the same invitation again writes nothing new.
/// </summary>
public sealed class EmlInvitationSender : IInvitationSender
{
    private readonly TimeProvider timeProvider;

    /// <summary>Creates a sender writing into <paramref name="outboxDirectory"/> (created when missing).</summary>
    /// <param name="outboxDirectory">The outbox folder.</param>
    /// <param name="timeProvider">Dates the messages; the system clock when <see langword="null"/>.</param>
    public EmlInvitationSender(string outboxDirectory, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outboxDirectory);
        OutboxDirectory = outboxDirectory;
        this.timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The outbox folder.</summary>
    public string OutboxDirectory { get; }

    /// <summary>The sender address of every invitation.</summary>
    public string From { get; init; } = "invitations@teammeter.example";

    /// <summary>Where invitation links point; the message adds a per-invitation token.</summary>
    public Uri InvitationBaseUri { get; init; } = new("https://app.teammeter.example/invitations/");

    /// <summary>The file an invitation with this idempotency key is written to.</summary>
    /// <param name="idempotencyKey">The invitation's idempotency key.</param>
    /// <returns>The full path of the <c>.eml</c> file.</returns>
    public string PathFor(string idempotencyKey) => Path.Combine(OutboxDirectory, Token(idempotencyKey) + ".eml");

    /// <inheritdoc />
    public async Task SendAsync(Invitation invitation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        var path = PathFor(invitation.IdempotencyKey);
        if (File.Exists(path))
        {
            return;
        }

        Directory.CreateDirectory(OutboxDirectory);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await using (var file = File.Create(temporary))
        {
            await Render(invitation).WriteToAsync(EmlFormat, file, cancellationToken);
        }

        try
        {
            // The rename is atomic: a reader never sees half a message, and a concurrent send of the same key loses cleanly.
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
        }
    }

    // MimeKit encodes what RFC 5322 and RFC 2047 require (non-ASCII names and header values as encoded-words, folded
    // lines, quoted-printable body); .eml files use CRLF line ends whatever the platform.
    private static readonly FormatOptions EmlFormat = CreateEmlFormat();

    private static FormatOptions CreateEmlFormat()
    {
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        return format;
    }

    private MimeMessage Render(Invitation invitation)
    {
        var token = Token(invitation.IdempotencyKey);
        var name = string.Join(' ', new[] { invitation.FirstName, invitation.LastName }.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim()));
        var greeting = string.IsNullOrWhiteSpace(invitation.FirstName) ? "Hello" : "Hello " + invitation.FirstName.Trim();
        var link = new Uri(InvitationBaseUri, token);

        var message = new MimeMessage
        {
            Subject = "You are invited to Teammeter",
            Date = timeProvider.GetUtcNow(),
            MessageId = token + "@teammeter.example",
        };
        message.From.Add(new MailboxAddress("Teammeter", From));
        message.To.Add(new MailboxAddress(name, invitation.Email.Trim()));
        message.Headers.Add("X-Teammeter-Tenant", invitation.TenantId);
        message.Headers.Add("X-Teammeter-Employee-Id", invitation.EmployeeId);
        message.Headers.Add("X-Teammeter-Idempotency-Key", invitation.IdempotencyKey);

        var body = new TextPart(TextFormat.Plain) { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        body.SetText(Encoding.UTF8, $"""
            {greeting},

            your organisation has set up Teammeter for your team.
            Accept your invitation here:

            {link.AbsoluteUri}

            See you soon,
            the Teammeter team

            """);
        message.Body = body;
        return message;
    }

    // Idempotency keys may hold any character; a hash makes a safe, fixed-length file name and message id.
    private static string Token(string idempotencyKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)))[..32];
}
