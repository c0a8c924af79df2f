using System.Globalization;
using System.Text;

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
        await File.WriteAllTextAsync(temporary, Render(notification, now, id), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken);

        // A reader of the outbox never sees half a message.
        File.Move(temporary, path, overwrite: false);
    }

    private string Render(AdminNotification notification, DateTimeOffset now, string id)
    {
        var message = new StringBuilder();
        message.Append("From: ").Append(MimeHeader.Mailbox("Teammeter HR sync", From)).Append("\r\n");
        message.Append("To: ").Append(MimeHeader.Mailbox(null, AdminEmail)).Append("\r\n");
        message.Append("Subject: ").Append(MimeHeader.Text(Subject(notification))).Append("\r\n");
        message.Append("Date: ").Append(now.ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture)).Append("\r\n");
        message.Append("Message-ID: <").Append(id).Append("@teammeter.example>\r\n");
        message.Append("MIME-Version: 1.0\r\n");
        message.Append("Content-Type: text/plain; charset=utf-8\r\n");
        message.Append("Content-Transfer-Encoding: 8bit\r\n");
        message.Append("X-Teammeter-Tenant: ").Append(MimeHeader.Text(notification.TenantId)).Append("\r\n");
        message.Append("X-Teammeter-Cause: ").Append(notification.Cause).Append("\r\n");
        if (notification.PlanId is { } planId)
        {
            message.Append("X-Teammeter-Plan-Id: ").Append(MimeHeader.Text(planId)).Append("\r\n");
        }

        message.Append("\r\n");
        message.Append("Hello,\r\n\r\n");
        message.Append(notification.Summary).Append("\r\n\r\n");
        message.Append(NextStep(notification)).Append("\r\n\r\n");
        message.Append("The Teammeter HR sync\r\n");
        return message.ToString();
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
