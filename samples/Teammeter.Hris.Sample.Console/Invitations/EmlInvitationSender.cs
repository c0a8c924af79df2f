using System.Globalization;
using System.Security.Cryptography;
using System.Text;

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
        await File.WriteAllTextAsync(temporary, Render(invitation), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken);
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

    private string Render(Invitation invitation)
    {
        var token = Token(invitation.IdempotencyKey);
        var name = string.Join(' ', new[] { invitation.FirstName, invitation.LastName }.Where(n => !string.IsNullOrWhiteSpace(n)));
        var greeting = string.IsNullOrWhiteSpace(invitation.FirstName) ? "Hello" : "Hello " + invitation.FirstName.Trim();
        var link = new Uri(InvitationBaseUri, token);
        var date = timeProvider.GetUtcNow().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);

        var message = new StringBuilder();
        message.Append("From: ").Append(MimeHeader.Mailbox("Teammeter", From)).Append("\r\n");
        message.Append("To: ").Append(MimeHeader.Mailbox(name, invitation.Email)).Append("\r\n");
        message.Append("Subject: You are invited to Teammeter\r\n");
        message.Append("Date: ").Append(date).Append("\r\n");
        message.Append("Message-ID: <").Append(token).Append("@teammeter.example>\r\n");
        message.Append("MIME-Version: 1.0\r\n");
        message.Append("Content-Type: text/plain; charset=utf-8\r\n");
        message.Append("Content-Transfer-Encoding: 8bit\r\n");
        message.Append("X-Teammeter-Tenant: ").Append(MimeHeader.Text(invitation.TenantId)).Append("\r\n");
        message.Append("X-Teammeter-Employee-Id: ").Append(MimeHeader.Text(invitation.EmployeeId)).Append("\r\n");
        message.Append("X-Teammeter-Idempotency-Key: ").Append(MimeHeader.Text(invitation.IdempotencyKey)).Append("\r\n");
        message.Append("\r\n");
        message.Append(greeting).Append(",\r\n\r\n");
        message.Append("your organisation has set up Teammeter for your team.\r\n");
        message.Append("Accept your invitation here:\r\n\r\n");
        message.Append(link.AbsoluteUri).Append("\r\n\r\n");
        message.Append("See you soon,\r\nthe Teammeter team\r\n");
        return message.ToString();
    }

    // Idempotency keys may hold any character; a hash makes a safe, fixed-length file name and message id.
    private static string Token(string idempotencyKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)))[..32];
}
