namespace Teammeter.Hris.Scheduling;

/// <summary>What one refresh of the schedule keeper changed.</summary>
internal readonly record struct ScheduleChanges(int Added, int Moved, int Removed)
{
    public bool Any => Added + Moved + Removed > 0;
}
