using System.Text;
using MimeKit;
using MimeKit.Text;

namespace Teammeter.Hris.Sample;

/// <summary>
/// Tells the tenant's admin what needs attention by writing one RFC 5322 <c>.eml</c> file per notification into the
/// outbox, next to the invitations (<c>admin-*.eml</c>, so the two never mix). The package calls it once per tenant,
/// cause and situation (<see cref="ISyncStore.TryMarkNotifiedAsync"/>), so every file is a new message.
/// </summary>
public sealed class EmlAdminNotifier : IAdminNotifier
{
    /// <summary>The file name prefix of admin notifications in the outbox.</summary>
    public const string FilePrefix = "admin-";

    private readonly TimeProvider timeProvider;

    /// <summary>Creates a notifier writing into <paramref name="outboxDirectory"/> (created when missing).</summary>
    /// <param name="outboxDirectory">The outbox folder.</param>
    /// <param name="adminEmail">The admin's address (the sample has one admin for every tenant).</param>
    /// <param name="timeProvider">Dates the messages; the system clock when <see langword="null"/>.</param>
    public EmlAdminNotifier(string outboxDirectory, string adminEmail, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outboxDirectory);
        ArgumentException.ThrowIfNullOrWhiteSpace(adminEmail);
        OutboxDirectory = outboxDirectory;
        AdminEmail = adminEmail.Trim();
        this.timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The outbox folder.</summary>
    public string OutboxDirectory { get; }

    /// <summary>The admin's address.</summary>
    public string AdminEmail { get; }

    /// <summary>The sender address of every notification.</summary>
    public string From { get; init; } = "sync@teammeter.example";

    /// <summary>The subject line of a notification: the tenant and what needs attention.</summary>
    /// <param name="notification">The notification.</param>
    /// <returns>The subject, unencoded.</returns>
    public static string Subject(AdminNotification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var what = notification.Cause switch
        {
            AdminNotificationCause.OperationsHeld => $"{notification.HeldOperations} change(s) wait for your approval",
            AdminNotificationCause.RunFailed => "the daily HR sync keeps failing",
            AdminNotificationCause.ConnectionLost => "the Personio connection no longer works",
            AdminNotificationCause.AttributesMissing => "Personio does not deliver attributes the sync needs",
            _ => notification.Cause.ToString(),
        };
        return $"Teammeter ({notification.TenantId}): {what}";
    }

    /// <inheritdoc />
    public async Task NotifyAsync(AdminNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        Directory.CreateDirectory(OutboxDirectory);
        var now = timeProvider.GetUtcNow();
        var id = Guid.NewGuid().ToString("N");
        var path = Path.Combine(OutboxDirectory, $"{FilePrefix}{now:yyyyMMdd'T'HHmmss}-{id[..8]}.eml");
        var temporary = path + ".tmp";
        await using (var file = File.Create(temporary))
        {
            await Render(notification, now, id).WriteToAsync(EmlFormat, file, cancellationToken);
        }

        // A reader of the outbox never sees half a message.
        File.Move(temporary, path, overwrite: false);
    }

    // The same writer as the invitations: MimeKit encodes the headers and body; .eml files use CRLF line ends.
    private static readonly FormatOptions EmlFormat = CreateEmlFormat();

    private static FormatOptions CreateEmlFormat()
    {
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        return format;
    }

    private MimeMessage Render(AdminNotification notification, DateTimeOffset now, string id)
    {
        var message = new MimeMessage { Subject = Subject(notification), Date = now, MessageId = id + "@teammeter.example" };
        message.From.Add(new MailboxAddress("Teammeter HR sync", From));
        message.To.Add(MailboxAddress.Parse(AdminEmail));
        message.Headers.Add("X-Teammeter-Tenant", notification.TenantId);
        message.Headers.Add("X-Teammeter-Cause", notification.Cause.ToString());
        if (notification.PlanId is { } planId)
        {
            message.Headers.Add("X-Teammeter-Plan-Id", planId);
        }

        var body = new TextPart(TextFormat.Plain) { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        body.SetText(Encoding.UTF8, $"Hello,\r\n\r\n{notification.Summary}\r\n\r\n{NextStep(notification)}\r\n\r\nThe Teammeter HR sync\r\n");
        message.Body = body;
        return message;
    }

    private static string NextStep(AdminNotification notification) => notification.Cause switch
    {
        AdminNotificationCause.OperationsHeld =>
            $"Review them in Teammeter (sample: `approve --tenant {notification.TenantId} --plan {notification.PlanId}` or `reject ...`, with `--only <hrId,...>` for some of them).",
        AdminNotificationCause.ConnectionLost => "Reconnect Personio in Teammeter's settings (sample: `connect`), then check `status`.",
        AdminNotificationCause.AttributesMissing => "Allow the attributes for the API credential in Personio (Settings > API credentials); the next sync picks them up.",
        _ => "Check the run history in Teammeter (sample: `history`); the next scheduled run tries again.",
    };
}
