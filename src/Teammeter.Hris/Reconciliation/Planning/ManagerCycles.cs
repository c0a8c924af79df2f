namespace Teammeter.Hris.Reconciliation;

/// <summary>
/// Finds the cycles of a "reports to" graph where each node has at most one outgoing edge. Iterative (no
/// recursion), so a 100,000-deep chain cannot overflow the stack; linear in the number of nodes.
/// </summary>
internal static class ManagerCycles
{
    /// <summary>The cycles, each as ascending node indices.</summary>
    /// <param name="targets">Each node's target node, or a negative value for none.</param>
    public static List<List<int>> Find(int[] targets)
    {
        const byte unvisited = 0, onPath = 1, done = 2;
        var state = new byte[targets.Length];
        var path = new List<int>();
        var cycles = new List<List<int>>();

        for (var start = 0; start < targets.Length; start++)
        {
            if (state[start] != unvisited)
            {
                continue;
            }

            path.Clear();
            var node = start;
            while (node >= 0 && state[node] == unvisited)
            {
                state[node] = onPath;
                path.Add(node);
                node = targets[node];
            }

            if (node >= 0 && state[node] == onPath)
            {
                var cycle = path.GetRange(path.IndexOf(node), path.Count - path.IndexOf(node));
                cycle.Sort();
                cycles.Add(cycle);
            }

            foreach (var visited in path)
            {
                state[visited] = done;
            }
        }

        return cycles;
    }
}
