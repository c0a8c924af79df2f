using Microsoft.Extensions.DependencyInjection;

namespace Teammeter.Hris.Review;

/// <summary>Everything the page shows for one tenant, read in parallel; parts the host did not register stay empty.</summary>
internal sealed record ReviewPageData(
    string TenantId,
    ReviewPlan? Plan,
    IReadOnlyList<SyncRun> Runs,
    ConnectionView? Connection,
    TeammeterState? State)
{
    /// <summary>How many runs the history shows.</summary>
    public const int HistoryLength = 20;

    /// <summary>Reads the page's data, or returns <see langword="null"/> for a tenant the host does not know.</summary>
    public static async Task<ReviewPageData?> LoadAsync(IServiceProvider services, string tenantId, CancellationToken cancellationToken)
    {
        var sync = services.GetRequiredService<IPersonioSync>();
        var known = KnownByProviderAsync(services, tenantId, cancellationToken);
        var plan = sync.GetPlanAsync(tenantId, null, cancellationToken);
        var runs = sync.GetRunsAsync(tenantId, HistoryLength, cancellationToken);
        var connection = ConnectionView.ReadAsync(services.GetService<IHrisConnections>(), tenantId, cancellationToken);
        var state = services.GetService<ITeammeterSink>() is { } sink ? sink.LoadAsync(tenantId, cancellationToken) : Task.FromResult<TeammeterState>(null!);
        await Task.WhenAll(known, plan, runs, connection, state).ConfigureAwait(false);

        var isKnown = await known.ConfigureAwait(false) ?? (await plan.ConfigureAwait(false) is not null || (await runs.ConfigureAwait(false)).Count > 0);
        return isKnown
            ? new ReviewPageData(tenantId, await plan.ConfigureAwait(false), await runs.ConfigureAwait(false), await connection.ConfigureAwait(false), await state.ConfigureAwait(false))
            : null;
    }

    /// <summary>Whether the tenant is known: by the host's tenant provider, or without one by a stored plan or run.</summary>
    public static async Task<bool> IsKnownAsync(IServiceProvider services, string tenantId, CancellationToken cancellationToken)
    {
        if (await KnownByProviderAsync(services, tenantId, cancellationToken).ConfigureAwait(false) is { } known)
        {
            return known;
        }

        var sync = services.GetRequiredService<IPersonioSync>();
        return await sync.GetPlanAsync(tenantId, null, cancellationToken).ConfigureAwait(false) is not null
            || (await sync.GetRunsAsync(tenantId, 1, cancellationToken).ConfigureAwait(false)).Count > 0;
    }

    private static async Task<bool?> KnownByProviderAsync(IServiceProvider services, string tenantId, CancellationToken cancellationToken) =>
        services.GetService<ISyncTenantProvider>() is { } provider
            ? await provider.FindTenantAsync(tenantId, cancellationToken).ConfigureAwait(false) is not null
            : null;
}
