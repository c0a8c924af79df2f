using Teammeter.Hris.Sample.CommandLine;

namespace Teammeter.Hris.Sample.Commands;

/// <summary>
/// Makes every demo run start from scratch without ever deleting a file the demo did not create: the default folder
/// carries a marker and is reset; a <c>--db</c> or <c>--outbox</c> given by the user must be new.
/// </summary>
internal static class DemoWorkspace
{
    private const string Marker = ".teammeter-demo";

    public static void Prepare(SampleOptions options)
    {
        var ownsDatabase = options.DatabasePath == SampleOptions.DemoDatabasePath;
        var ownsOutbox = options.OutboxDirectory == SampleOptions.DemoOutboxDirectory;
        if (ownsDatabase || ownsOutbox)
        {
            ResetOwnedFolder(ownsDatabase, ownsOutbox);
        }

        if (!ownsDatabase && File.Exists(options.DatabasePath))
        {
            throw new UsageException($"Option '--db': the demo starts from an empty database, and '{options.DatabasePath}' already exists.");
        }

        if (!ownsOutbox && Directory.Exists(options.OutboxDirectory) && Directory.EnumerateFileSystemEntries(options.OutboxDirectory).Any())
        {
            throw new UsageException($"Option '--outbox': the demo starts from an empty outbox, and '{options.OutboxDirectory}' is not empty.");
        }
    }

    private static void ResetOwnedFolder(bool database, bool outbox)
    {
        var folder = SampleOptions.DemoDirectory;
        var marker = Path.Combine(folder, Marker);
        if (Directory.Exists(folder) && !File.Exists(marker) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new UsageException($"The folder '{folder}' exists but was not created by the demo; move it, or pass --db and --outbox.");
        }

        Directory.CreateDirectory(folder);
        if (database)
        {
            foreach (var suffix in (string[])["", "-wal", "-shm", "-journal"])
            {
                File.Delete(SampleOptions.DemoDatabasePath + suffix);
            }
        }

        if (outbox && Directory.Exists(SampleOptions.DemoOutboxDirectory))
        {
            Directory.Delete(SampleOptions.DemoOutboxDirectory, recursive: true);
        }

        File.WriteAllText(marker, "Created by the Teammeter.Hris sample's demo, which resets this folder on every run.\n");
    }
}
