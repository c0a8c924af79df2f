namespace Teammeter.Hris.Webhooks;

/// <summary>
/// The last N event ids this process accepted, so Apideck's retries of a delivery act once. Bounded: the oldest id
/// is forgotten first. Per process and lost on restart; what that means is in docs/webhooks.md.
/// </summary>
internal sealed class SeenEventIds(int capacity)
{
    private readonly object _gate = new();
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    /// <summary>Remembers the id; <see langword="false"/> when it was already remembered (a repeat).</summary>
    public bool TryAdd(string eventId)
    {
        lock (_gate)
        {
            if (!_ids.Add(eventId))
            {
                return false;
            }

            _order.Enqueue(eventId);
            while (_order.Count > capacity)
            {
                _ids.Remove(_order.Dequeue());
            }

            return true;
        }
    }

    /// <summary>Forgets an id that was remembered but could not be accepted, so Apideck's retry is handled.</summary>
    public void Forget(string eventId)
    {
        lock (_gate)
        {
            // Its queue entry stays; if the id comes back, that stale entry may forget it early: at worst one more sync.
            _ids.Remove(eventId);
        }
    }
}
