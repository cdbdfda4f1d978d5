using NetCfg.Core.Review.Evaluation;

namespace NetCfg.Tool;

/// <summary>The flows of a manifests folder, evaluated by Core as the build's network.md is.</summary>
internal static class Review
{
    /// <summary>Peers are labelled as in network.md when the build wrote its map of declarations.</summary>
    public static NetworkFlows Flows(string folder) => FlowEvaluator.Evaluate(ManifestFolder.Read(folder), ManifestFolder.Sources(folder)?.PeerLabels);
}
