using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;
using YamlDotNet.Core;

namespace NetCfg.Oracle.Tests;

/// <summary>
/// NetworkPolicySchemaValidator (the upstream v1.30 strict schema) and YamlJson (YAML to JSON, YAML 1.2 core typing):
/// hand-made valid objects pass, each hand-made invalid one fails at the right path, and quoted scalars stay strings.
/// </summary>
public sealed class NetworkPolicySchemaTests
{
    private const string Minimal = """
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: deny-all
        spec:
          podSelector: {}
        """;

    private const string Rich = """
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: shop.backend
          namespace: shop
          labels:
            app.kubernetes.io/managed-by: netcfg
          annotations:
            note: "8080"
        spec:
          podSelector:
            matchLabels:
              app.kubernetes.io/name: backend
          policyTypes:
          - Ingress
          - Egress
          ingress:
          - from:
            - namespaceSelector:
                matchLabels:
                  kubernetes.io/metadata.name: shop
              podSelector:
                matchExpressions:
                - key: tier
                  operator: In
                  values: ["web", "api"]
                - key: canary
                  operator: DoesNotExist
            ports:
            - port: http
            - protocol: UDP
              port: 5000
              endPort: 5100
          egress:
          - to:
            - ipBlock:
                cidr: 10.0.0.0/8
                except:
                - 10.1.0.0/16
                - 10.2.0.0/16
            - ipBlock:
                cidr: 2001:db8::/32
            ports:
            - protocol: SCTP
              port: 9000
          - to:
            - namespaceSelector:
                matchLabels:
                  kubernetes.io/metadata.name: kube-system
              podSelector:
                matchLabels:
                  k8s-app: kube-dns
            ports:
            - protocol: UDP
              port: 53
            - protocol: TCP
              port: 53
        """;

    /// <summary>The minimal object with <paramref name="from"/> replaced by <paramref name="to"/>; fails if nothing was replaced.</summary>
    private static string Edit(string yaml, string from, string to)
    {
        Assert.Contains(from, yaml, StringComparison.Ordinal);
        return yaml.Replace(from, to, StringComparison.Ordinal);
    }

    private static string Json(string yaml) => YamlJson.ParseDocuments(yaml).Single()?.ToJsonString() ?? "null";

    private static void AssertError(IReadOnlyList<SchemaError> errors, string path, string keyword)
    {
        Assert.True(
            errors.Any(e => e.Path == path && e.Keyword == keyword),
            $"expected a '{keyword}' error at {path}; got:\n{string.Join("\n", errors)}");
    }

    [Fact]
    public void MinimalObjectIsValid() =>
        Assert.Empty(NetworkPolicySchemaValidator.ValidateYaml(Minimal));

    [Fact]
    public void RichObjectIsValid() =>
        Assert.Empty(NetworkPolicySchemaValidator.ValidateYaml(Rich));

    [Fact]
    public void ValidObjectsStayValidAsJsonNodesAndElements()
    {
        var node = YamlJson.ParseDocuments(Rich).Single();
        Assert.Empty(NetworkPolicySchemaValidator.Validate(node));
        Assert.Empty(NetworkPolicySchemaValidator.Validate(JsonDocument.Parse(node!.ToJsonString()).RootElement));
    }

    [Fact]
    public void UnknownFieldFails()
    {
        var errors = NetworkPolicySchemaValidator.ValidateYaml(Edit(Minimal, "podSelector: {}", "podSelecter: {}"));
        AssertError(errors, "spec.podSelecter", "additionalProperties");
        AssertError(errors, "spec", "required");
        Assert.Contains(errors, e => e.Pointer == "/spec/podSelecter" && e.Message.Contains("podSelecter", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownFieldDeepInsideFails()
    {
        var errors = NetworkPolicySchemaValidator.ValidateYaml(Edit(Rich, "port: 9000", "prot: 9000"));
        AssertError(errors, "spec.egress[0].ports[0].prot", "additionalProperties");
    }

    [Fact]
    public void QuotedEndPortFails()
    {
        var errors = NetworkPolicySchemaValidator.ValidateYaml(Edit(Rich, "endPort: 5100", "endPort: \"5100\""));
        AssertError(errors, "spec.ingress[0].ports[1].endPort", "type");
        Assert.Single(errors);
    }

    [Fact]
    public void IpBlockWithoutCidrFails()
    {
        var errors = NetworkPolicySchemaValidator.ValidateYaml(Edit(Rich, "cidr: 10.0.0.0/8", "# no cidr"));
        AssertError(errors, "spec.egress[0].to[0].ipBlock", "required");
    }

    [Theory]
    [InlineData("kind: NetworkPolicy", "kind: NetworkPolicies", "kind")]
    [InlineData("kind: NetworkPolicy", "kind: Pod", "kind")]
    [InlineData("apiVersion: networking.k8s.io/v1", "apiVersion: networking.k8s.io/v1beta1", "apiVersion")]
    [InlineData("apiVersion: networking.k8s.io/v1", "apiVersion: extensions/v1beta1", "apiVersion")]
    public void WrongKindOrApiVersionFails(string from, string to, string path) =>
        AssertError(NetworkPolicySchemaValidator.ValidateYaml(Edit(Minimal, from, to)), path, "enum");

    [Fact]
    public void PolicyTypesThatIsNoListFails() =>
        AssertError(NetworkPolicySchemaValidator.ValidateYaml(Minimal + "\n  policyTypes: Ingress"), "spec.policyTypes", "type");

    [Theory]
    [InlineData("port: http", "port: true", "spec.ingress[0].ports[0].port")] // neither string nor integer
    [InlineData("values: [\"web\", \"api\"]", "values: web", "spec.ingress[0].from[0].podSelector.matchExpressions[0].values")]
    [InlineData("app.kubernetes.io/managed-by: netcfg", "app.kubernetes.io/managed-by: 1", "metadata.labels[app.kubernetes.io/managed-by]")]
    [InlineData("note: \"8080\"", "note: 8080", "metadata.annotations.note")]
    [InlineData("cidr: 10.0.0.0/8", "cidr: [10.0.0.0/8]", "spec.egress[0].to[0].ipBlock.cidr")]
    [InlineData("- 10.1.0.0/16", "- {cidr: 10.1.0.0/16}", "spec.egress[0].to[0].ipBlock.except[0]")]
    [InlineData("name: shop.backend", "name: 12", "metadata.name")]
    public void WrongTypeFails(string from, string to, string path)
    {
        var errors = NetworkPolicySchemaValidator.ValidateYaml(Edit(Rich, from, to));
        Assert.Contains(errors, e => e.Path == path);
    }

    [Fact]
    public void PortOfNeitherTypeFailsInBothOneOfBranches()
    {
        var errors = NetworkPolicySchemaValidator.ValidateYaml(Edit(Rich, "port: http", "port: true"));
        AssertError(errors, "spec.ingress[0].ports[0].port", "oneOf[0].type");
        AssertError(errors, "spec.ingress[0].ports[0].port", "oneOf[1].type");
    }

    [Fact]
    public void NullPortMatchesBothOneOfBranchesAndIsReported()
    {
        // Both IntOrString branches accept null, so oneOf fails; JsonSchema.Net gives that failure no message of its own.
        var errors = NetworkPolicySchemaValidator.ValidateYaml(Edit(Rich, "port: http", "port: ~"));
        AssertError(errors, "spec.ingress[0].ports[0].port", "oneOf");
        Assert.Contains("matches 2 of its 2", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotAnObjectFails()
    {
        AssertError(NetworkPolicySchemaValidator.ValidateYaml("- a\n- b\n"), "<root>", "type");
        AssertError(NetworkPolicySchemaValidator.Validate((JsonNode?)null), "<root>", "type");
    }

    [Fact]
    public void TextThatIsNotOneDocumentOrNotJsonFails()
    {
        AssertError(NetworkPolicySchemaValidator.ValidateYaml(Minimal + "\n---\n" + Minimal), "<root>", "yaml");
        AssertError(NetworkPolicySchemaValidator.ValidateYaml("a: [b"), "<root>", "yaml");
        AssertError(NetworkPolicySchemaValidator.ValidateYaml(Edit(Minimal, "name: deny-all", "name: .inf")), "metadata.name", "yaml");
    }

    [Fact]
    public void ErrorsReadAsPathKeywordMessage()
    {
        var error = NetworkPolicySchemaValidator.ValidateYaml(Edit(Rich, "endPort: 5100", "endPort: \"5100\"")).Single();
        Assert.Equal("/spec/ingress/0/ports/1/endPort", error.Pointer);
        Assert.StartsWith("spec.ingress[0].ports[1].endPort: type: ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void EmbeddedSchemaIsTheStrictStandaloneV130One()
    {
        var schema = JsonNode.Parse(NetworkPolicySchemaValidator.SchemaText())!;
        Assert.Equal("networking.k8s.io/v1", schema["properties"]!["apiVersion"]!["enum"]![0]!.GetValue<string>());
        Assert.Equal("NetworkPolicy", schema["properties"]!["kind"]!["enum"]![0]!.GetValue<string>());
        var objects = 0;
        void Walk(JsonNode? node)
        {
            if (node is JsonObject obj)
            {
                Assert.False(obj.ContainsKey("$ref"), "the schema should be standalone");
                if (obj["properties"] is JsonObject properties)
                {
                    objects++;
                    Assert.True(obj["additionalProperties"]?.GetValueKind() == JsonValueKind.False, "every object with properties should forbid others");
                    foreach (var (_, property) in properties) Walk(property);
                }

                foreach (var key in new[] { "items", "additionalProperties" }) Walk(obj[key]);
                foreach (var branch in obj["oneOf"] as JsonArray ?? []) Walk(branch);
            }
        }

        Walk(schema);
        Assert.True(objects > 20, $"only {objects} objects in the schema");
    }

    [Fact]
    public void ValidatingFromManyThreadsGivesTheSequentialAnswers()
    {
        var inputs = new[]
        {
            Minimal,
            Rich,
            Edit(Minimal, "podSelector: {}", "podSelecter: {}"),
            Edit(Rich, "endPort: 5100", "endPort: \"5100\""),
            Edit(Rich, "cidr: 10.0.0.0/8", "# no cidr"),
            Edit(Rich, "port: http", "port: true"),
            Edit(Minimal, "kind: NetworkPolicy", "kind: Pod"),
        };
        var expected = inputs.Select(i => string.Join("\n", NetworkPolicySchemaValidator.ValidateYaml(i))).ToArray();
        var actual = new string[inputs.Length * 200];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, n =>
            actual[n] = string.Join("\n", NetworkPolicySchemaValidator.ValidateYaml(inputs[n % inputs.Length])));
        for (var n = 0; n < actual.Length; n++) Assert.Equal(expected[n % inputs.Length], actual[n]);
    }

    [Theory]
    [InlineData("port: \"8080\"", """{"port":"8080"}""")]
    [InlineData("port: '8080'", """{"port":"8080"}""")]
    [InlineData("endPort: 8080", """{"endPort":8080}""")]
    [InlineData("x: |\n  8080", """{"x":"8080"}""")]
    [InlineData("x: >-\n  8080", """{"x":"8080"}""")]
    [InlineData("x: !!str 8080", """{"x":"8080"}""")]
    [InlineData("x: ! 8080", """{"x":"8080"}""")]
    [InlineData("x: !!int \"8080\"", """{"x":8080}""")]
    [InlineData("x: +12", """{"x":12}""")]
    [InlineData("x: -0", """{"x":0}""")]
    [InlineData("x: 0777", """{"x":777}""")] // YAML 1.2: decimal (1.1 would read octal 511)
    [InlineData("x: 0o17", """{"x":15}""")]
    [InlineData("x: 0x1F", """{"x":31}""")]
    [InlineData("x: 123456789012345678901234567890", """{"x":123456789012345678901234567890}""")]
    [InlineData("x: 1.5", """{"x":1.5}""")]
    [InlineData("x: .5", """{"x":0.5}""")]
    [InlineData("x: -1.", """{"x":-1}""")]
    [InlineData("x: 007.25e+3", """{"x":7.25e+3}""")]
    [InlineData("x: true", """{"x":true}""")]
    [InlineData("x: FALSE", """{"x":false}""")]
    [InlineData("x: \"true\"", """{"x":"true"}""")]
    [InlineData("x: yes", """{"x":"yes"}""")] // YAML 1.1 bools are strings in 1.2 core
    [InlineData("x: on", """{"x":"on"}""")]
    [InlineData("x: 1_000", """{"x":"1_000"}""")]
    [InlineData("x: 0b101", """{"x":"0b101"}""")]
    [InlineData("x: 12:30", """{"x":"12:30"}""")]
    [InlineData("x: 2024-01-01", """{"x":"2024-01-01"}""")]
    [InlineData("x: 10.0.0.0/8", """{"x":"10.0.0.0/8"}""")]
    [InlineData("x: 1e3x", """{"x":"1e3x"}""")]
    [InlineData("x: null", """{"x":null}""")]
    [InlineData("x: ~", """{"x":null}""")]
    [InlineData("x:", """{"x":null}""")]
    [InlineData("x: \"\"", """{"x":""}""")]
    [InlineData("x: \"null\"", """{"x":"null"}""")]
    [InlineData("\"8080\": a", """{"8080":"a"}""")]
    [InlineData("a: [1, \"1\", b, {c: ~}]", """{"a":[1,"1","b",{"c":null}]}""")]
    [InlineData("a: &x [1]\nb: *x", """{"a":[1],"b":[1]}""")]
    public void YamlScalarsAreTypedByTheCoreSchema(string yaml, string json) =>
        Assert.Equal(json, Json(yaml));

    [Theory]
    [InlineData("x: .inf")]
    [InlineData("x: -.Inf")]
    [InlineData("x: .nan")]
    [InlineData("x: !!int abc")]
    [InlineData("x: !!bool yes")]
    [InlineData("x: !!binary aGk=")]
    [InlineData("x: !custom 1")]
    [InlineData("x: !!set {a}")]
    [InlineData("8080: a")]
    [InlineData("true: a")]
    [InlineData("~: a")]
    [InlineData("[a]: b")]
    public void YamlWithNoFaithfulJsonFormIsRejected(string yaml) =>
        Assert.Throws<YamlJsonException>(() => YamlJson.ParseDocuments(yaml));

    [Fact]
    public void DuplicateKeysAreRejected()
    {
        var e = Record.Exception(() => YamlJson.ParseDocuments("a: 1\n\"a\": 2"));
        Assert.True(e is YamlJsonException or YamlException or ArgumentException, $"got {e?.GetType().Name ?? "no exception"}");
    }
}
