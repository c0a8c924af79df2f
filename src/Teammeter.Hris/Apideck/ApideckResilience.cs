using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Teammeter.Hris.Apideck;

/// <summary>
/// The resilience pipeline of every Apideck request: a total budget (<see cref="PersonioSyncOptions.RequestTimeout"/>)
/// around retries of 429, 5xx (except 501) and transport failures, around a per-attempt timeout.
/// </summary>
internal static partial class ApideckResilience
{
    public const string PipelineName = "apideck";

    /// <summary>When the request's budget started (a <see cref="TimeProvider"/> timestamp), set by the client on each request.</summary>
    internal static readonly HttpRequestOptionsKey<long> BudgetStartedKey = new("Teammeter.Hris.Apideck.BudgetStarted");

    // Base of the exponential backoff used when Apideck gives no wait hint.
    private static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(1);

    public static void Configure(
        ResiliencePipelineBuilder<HttpResponseMessage> builder,
        PersonioSyncOptions options,
        TimeProvider timeProvider,
        ILogger logger)
    {
        builder.TimeProvider = timeProvider;
        builder.AddTimeout(new TimeoutStrategyOptions { Name = "apideck-request-budget", Timeout = options.RequestTimeout });

        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                Name = "apideck-retry",
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = BaseDelay,
                MaxDelay = options.RequestTimeout,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, options.RequestTimeout, timeProvider)),
                DelayGenerator = args => ValueTask.FromResult(HintedDelay(args.Outcome.Result, options.RequestTimeout, timeProvider)),
                OnRetry = args =>
                {
                    LogRetry(logger, (int?)args.Outcome.Result?.StatusCode, args.Outcome.Exception?.GetType().Name, args.AttemptNumber + 1, (long)args.RetryDelay.TotalMilliseconds);
                    return default;
                },
            });
        }

        builder.AddTimeout(new TimeoutStrategyOptions { Name = "apideck-attempt", Timeout = options.AttemptTimeout });
    }

    /// <summary>Whether an attempt's outcome is worth another attempt within the budget.</summary>
    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeSpan budget, TimeProvider timeProvider)
    {
        if (outcome.Exception is not null)
        {
            // A timed-out attempt or a broken connection is transient; a cancellation by the caller is not.
            return outcome.Exception is HttpRequestException or TimeoutRejectedException;
        }

        var response = outcome.Result;
        if (response is null || !IsTransient(response.StatusCode))
        {
            return false;
        }

        // A wait the budget cannot honour is not worth starting: fail now with the throttling answer and its hint,
        // rather than wait into the budget's timeout, whose error would hide that Apideck asked us to slow down.
        var hint = ApideckRetryHint.From(response, timeProvider.GetUtcNow());
        return hint is null || hint <= RemainingBudget(response, budget, timeProvider);
    }

    private static TimeSpan RemainingBudget(HttpResponseMessage response, TimeSpan budget, TimeProvider timeProvider) =>
        response.RequestMessage is { } request && request.Options.TryGetValue(BudgetStartedKey, out var started)
            ? budget - timeProvider.GetElapsedTime(started)
            : budget;

    /// <summary>429 and 5xx are transient, except 501: an unsupported operation stays unsupported.</summary>
    internal static bool IsTransient(HttpStatusCode statusCode) =>
        statusCode == HttpStatusCode.TooManyRequests
        || ((int)statusCode >= 500 && statusCode != HttpStatusCode.NotImplemented);

    private static TimeSpan? HintedDelay(HttpResponseMessage? response, TimeSpan cap, TimeProvider timeProvider)
    {
        var hint = ApideckRetryHint.From(response, timeProvider.GetUtcNow());
        return hint is { } wait && wait > cap ? cap : hint;
    }
}
