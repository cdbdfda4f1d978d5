using System;
using System.Collections.Generic;

namespace NetCfg.Core.Rules;

/// <summary>
/// Cycles in a dependency graph of nodes 0..n-1, without recursion: Tarjan's strongly connected components in O(V+E)
/// with an explicit stack, then, inside each component of two or more nodes, shortest cycles that together cover its
/// edges (each found by a breadth-first search), at most <c>maxPerComponent</c> per component. Self-loops are ignored.
/// </summary>
public static class CycleFinder
{
    /// <summary>The strongly connected components, each as its node indices in ascending order.</summary>
    public static List<int[]> StronglyConnectedComponents(IReadOnlyList<int[]> successors)
    {
        var n = successors.Count;
        var index = new int[n];
        var low = new int[n];
        var onStack = new bool[n];
        var stack = new Stack<int>();
        var frames = new Stack<(int Node, int Next)>();
        var result = new List<int[]>();
        var counter = 0;
        for (var i = 0; i < n; i++) index[i] = -1;

        for (var root = 0; root < n; root++)
        {
            if (index[root] != -1) continue;
            Visit(root);
            while (frames.Count > 0)
            {
                var (node, next) = frames.Pop();
                var edges = successors[node];
                if (next < edges.Length)
                {
                    frames.Push((node, next + 1));
                    var target = edges[next];
                    if (target < 0 || target >= n) continue;
                    if (index[target] == -1) Visit(target);
                    else if (onStack[target]) low[node] = Math.Min(low[node], index[target]);
                    continue;
                }

                if (frames.Count > 0)
                {
                    var parent = frames.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[node]);
                }

                if (low[node] == index[node])
                {
                    var component = new List<int>();
                    int member;
                    do
                    {
                        member = stack.Pop();
                        onStack[member] = false;
                        component.Add(member);
                    }
                    while (member != node);
                    component.Sort();
                    result.Add(component.ToArray());
                }
            }
        }

        return result;

        void Visit(int node)
        {
            index[node] = low[node] = counter++;
            stack.Push(node);
            onStack[node] = true;
            frames.Push((node, 0));
        }
    }

    /// <summary>
    /// Cycles to report: per strongly connected component of two or more nodes, take its edges in order (source, then
    /// successor order); for each edge u→v not yet on a reported cycle, the shortest path v ⇝ u closes the cycle
    /// [u, v, ..., w] (meaning u→v→...→w→u). Deterministic for a given graph.
    /// </summary>
    public static List<int[]> Cycles(IReadOnlyList<int[]> successors, int maxPerComponent)
    {
        var n = successors.Count;
        var result = new List<int[]>();
        var componentOf = new int[n];
        var components = StronglyConnectedComponents(successors);
        for (var c = 0; c < components.Count; c++)
        {
            foreach (var node in components[c]) componentOf[node] = c;
        }

        var parent = new int[n];
        var seenStamp = new int[n];
        var stamp = 0;
        var queue = new Queue<int>();
        for (var c = 0; c < components.Count; c++)
        {
            var members = components[c];
            if (members.Length < 2) continue;
            var covered = new HashSet<long>();
            var found = 0;
            foreach (var u in members)
            {
                foreach (var v in successors[u])
                {
                    if (found >= maxPerComponent) break;
                    if (v < 0 || v >= n || v == u || componentOf[v] != c || covered.Contains(Edge(u, v, n))) continue;

                    // Breadth-first from v back to u, inside the component.
                    stamp++;
                    queue.Clear();
                    queue.Enqueue(v);
                    seenStamp[v] = stamp;
                    parent[v] = -1;
                    var reached = false;
                    while (queue.Count > 0 && !reached)
                    {
                        var x = queue.Dequeue();
                        foreach (var y in successors[x])
                        {
                            if (y < 0 || y >= n || componentOf[y] != c || y == x || seenStamp[y] == stamp) continue;
                            seenStamp[y] = stamp;
                            parent[y] = x;
                            if (y == u)
                            {
                                reached = true;
                                break;
                            }

                            queue.Enqueue(y);
                        }
                    }

                    if (!reached) continue; // cannot happen inside a strongly connected component

                    var path = new List<int>();
                    for (var x = parent[u]; x != -1; x = parent[x]) path.Add(x);
                    path.Reverse(); // v ... w
                    var cycle = new int[path.Count + 1];
                    cycle[0] = u;
                    path.CopyTo(cycle, 1);
                    for (var i = 0; i < cycle.Length; i++) covered.Add(Edge(cycle[i], cycle[(i + 1) % cycle.Length], n));
                    result.Add(cycle);
                    found++;
                }
            }
        }

        return result;
    }

    private static long Edge(int from, int to, int n) => ((long)from * n) + to;
}
