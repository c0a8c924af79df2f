namespace Teammeter.Hris.Scheduling;

/// <summary>
/// Marks a service collection in which <c>AddDailySync</c> was called, so another scheduler (the Quartz package)
/// can refuse to run beside it at start-up: two schedulers would sync each tenant twice a day.
/// </summary>
internal sealed class DailySyncRegistration;
