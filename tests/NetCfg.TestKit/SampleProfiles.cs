namespace NetCfg.TestKit;

/// <summary>NetworkProfile files the tests share.</summary>
public static class SampleProfiles
{
    /// <summary>The platform guide's profile.</summary>
    public const string CloudflareDns = """
        apiVersion: networking.tcs.trifork.com/v1alpha1
        kind: NetworkProfile
        metadata:
          name: allow-egress-to-cloudflare-dns
        spec:
          egress:
            - to:
                - ipBlock:
                    cidr: 1.1.1.1/32
              ports:
                - protocol: TCP
                  port: 53
                - protocol: UDP
                  port: 53

        """;
}
