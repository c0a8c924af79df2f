using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;

namespace Teammeter.Hris.Sample.Serve;

/// <summary>
/// The host's side of <c>UseQuartzScheduling</c>: a clustered Quartz scheduler on PostgreSQL, configured the way
/// docs/scaling.md tells a backend to. Every <c>serve --scheduler quartz</c> sharing the database is one node.
/// </summary>
internal static class QuartzCluster
{
    /// <summary>Names the cluster: nodes with the same name share the job store's triggers.</summary>
    public const string SchedulerName = "teammeter-sample";

    /// <summary>Creates the Quartz tables if they are missing; leaves existing tables and schedules alone.</summary>
    public static async Task EnsureSchemaAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // Nodes starting together would race on CREATE TABLE IF NOT EXISTS, which PostgreSQL does not make atomic
        // (the loser fails on the catalog's unique index): one node creates, the others wait and find the tables.
        await using (var gate = new NpgsqlCommand("SELECT pg_advisory_xact_lock(7412006);", connection, transaction))
        {
            await gate.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var create = new NpgsqlCommand(QuartzSchema.PostgreSql, connection, transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public static void AddClusteredQuartz(this IServiceCollection services, string connectionString, string node)
    {
        services.AddQuartz(quartz =>
        {
            quartz.SchedulerName = SchedulerName;
            quartz.SchedulerId = node;
            quartz.UseDefaultThreadPool(pool => pool.MaxConcurrency = 4);
            quartz.UsePersistentStore(store =>
            {
                store.UseProperties = true;
                store.PerformSchemaValidation = true;
                store.UsePostgres(connectionString);
                store.UseClustering(cluster =>
                {
                    // Short, so a killed node's tenants move to a survivor within seconds in a demo; a backend
                    // would use the 10 s / 20 s docs/scaling.md starts from.
                    cluster.CheckinInterval = TimeSpan.FromSeconds(2);
                    cluster.CheckinMisfireThreshold = TimeSpan.FromSeconds(5);
                });
                store.UseSerializer<StringJobDataSerializer>();
            });
        });

        // A graceful stop lets the runs in flight finish; the host's shutdown timeout bounds the wait.
        services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
    }
}
