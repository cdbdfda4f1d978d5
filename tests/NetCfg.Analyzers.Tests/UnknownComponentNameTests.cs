using System;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NetCfg.Analyzers.Tests.Infrastructure;
using NetCfg.CodeFixes;
using NetCfg.Core.Rules;
using NetCfg.TestKit;
using Xunit;

namespace NetCfg.Analyzers.Tests;

/// <summary>
/// NETCFG015: a <c>[DependsOn("name")]</c> that names no component of the network. Only a config project knows the
/// network; a component library checks only that the name is one a component could have (NETCFG007).
/// </summary>
public class UnknownComponentNameTests
{
    /// <summary>A built component library, Shop.Identity: identity-api, which depends on a name nobody declares.</summary>
    private static readonly Lazy<MetadataReference> Identity = new(() => Generation.Run(Generation.Compile(
        new[] { ("Identity.cs", "using NetCfg; namespace Shop.Identity; [Component(\"identity-api\")] [DependsOn(\"audit-log\", Port = 514)] public class IdentityApi { }") },
        assembly: "Shop.Identity")).EmitReference());

    private const string Library = "using NetCfg;\n";

    /// <summary>What Shop.Identity's dependency names, so that it resolves.</summary>
    private const string AuditLog = "[Component(\"audit-log\")] public class AuditLog { }\n";

    private static NetCfgTest WithIdentity(NetCfgTest test)
    {
        test.TestState.AdditionalReferences.Add(Identity.Value);
        return test;
    }

    [Fact]
    public Task In_a_config_project_it_is_reported_at_the_name_with_the_closest_names() =>
        NetCfgTest.For(RuleIds.UnknownComponentName, Code.Header + """
            [Component("basket-api")]
            [DependsOn({|#0:"identity-ap"|}, Port = 8443)]
            public class BasketApi { }

            [Component("identity-api")]
            public class IdentityApi { }
            """)
            .Expect(Code.Diagnostic("NETCFG015").WithLocation(0)
                .WithMessage("No component of this network is named 'identity-ap'; did you mean 'identity-api'? ([DependsOn(\"identity-ap\")] on BasketApi in assembly TestProject)"))
            .RunAsync();

    [Fact]
    public Task A_name_with_nothing_close_gets_no_suggestion() =>
        NetCfgTest.For(RuleIds.UnknownComponentName, Code.Header + """
            [Component("web")]
            [DependsOn({|#0:"payments"|}, Port = 8080)]
            public class Web { }
            """)
            .Expect(Code.Diagnostic("NETCFG015").WithLocation(0)
                .WithMessage("No component of this network is named 'payments' ([DependsOn(\"payments\")] on Web in assembly TestProject)"))
            .RunAsync();

    [Fact]
    public Task Names_of_this_project_and_of_referenced_libraries_resolve() =>
        WithIdentity(NetCfgTest.For(RuleIds.UnknownComponentName, Code.Header + """
            [Component("basket-api")]
            [DependsOn("identity-api", Port = 8443)]
            [DependsOn("web", Port = 8080)]
            public class BasketApi { }

            [Component("web")] public class Web { }
            [Component("audit-log")] public class AuditLog { }
            """))
            .RunAsync();

    [Fact]
    public Task A_library_name_is_suggested_for_a_local_typo() =>
        WithIdentity(NetCfgTest.For(RuleIds.UnknownComponentName, Code.Header + """
            [Component("basket-api")]
            [DependsOn({|#0:"identity"|}, Port = 8443)]
            public class BasketApi { }

            [Component("audit-log")] public class AuditLog { }
            """))
            .Expect(Code.Diagnostic("NETCFG015").WithLocation(0)
                .WithMessage("No component of this network is named 'identity'; did you mean 'identity-api'? ([DependsOn(\"identity\")] on BasketApi in assembly TestProject)"))
            .RunAsync();

    [Fact]
    public Task An_unknown_name_declared_in_a_library_is_reported_at_the_config() =>
        WithIdentity(NetCfgTest.For(RuleIds.UnknownComponentName, """
            using NetCfg;
            [assembly: {|#0:LocalNetworkConfig("shop")|}]
            [Component("audit-logs")] public class AuditLogs { }
            """))
            .Expect(Code.Diagnostic("NETCFG015").WithLocation(0)
                .WithMessage("No component of this network is named 'audit-log'; did you mean 'audit-logs'? ([DependsOn(\"audit-log\")] on Shop.Identity.IdentityApi in assembly Shop.Identity)"))
            .RunAsync();

    [Fact]
    public Task A_library_leaves_valid_names_to_the_config_project() =>
        NetCfgTest.For(new[] { RuleIds.UnknownComponentName, RuleIds.InvalidName }, Library + """
            [Component("basket-api")]
            [DependsOn("identity-api", Port = 8443)]
            [DependsOn("identity-ap", Port = 8443)]
            public class BasketApi { }
            """)
            .RunAsync();

    [Fact]
    public Task A_library_reports_a_name_no_component_could_have() =>
        NetCfgTest.For(new[] { RuleIds.UnknownComponentName, RuleIds.InvalidName }, Library + """
            [Component("basket-api")]
            [DependsOn({|#0:"Identity_API"|}, Port = 8443)]
            public class BasketApi { }
            """)
            .Expect(Code.Diagnostic("NETCFG007").WithLocation(0)
                .WithMessage("The component name 'Identity_API' in [DependsOn] is not a DNS-1123 label (lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63)"))
            .RunAsync();

    [Fact]
    public Task The_fix_replaces_the_name_with_the_closest_one() =>
        new NetCfgFixTest<UseClosestNameCodeFix>(
            Code.Header + """
            [Component("basket-api")]
            [DependsOn({|NETCFG015:"identity-ap"|}, Port = 8443)] // checks tokens
            public class BasketApi { }

            [Component("identity-api")] public class IdentityApi { }
            [Component("identity-admin")] public class IdentityAdmin { }
            """,
            Code.Header + """
            [Component("basket-api")]
            [DependsOn("identity-api", Port = 8443)] // checks tokens
            public class BasketApi { }

            [Component("identity-api")] public class IdentityApi { }
            [Component("identity-admin")] public class IdentityAdmin { }
            """)
        {
            CodeActionEquivalenceKey = "NETCFG015:identity-api",
            CodeActionIndex = 0,
            CodeActionVerifier = (action, verifier) => verifier.Equal("Use 'identity-api'", action.Title),
        }
            .RunAsync();

    [Fact]
    public Task The_fix_offers_a_name_from_a_referenced_library()
    {
        var test = new NetCfgFixTest<UseClosestNameCodeFix>(
            Code.Header + "[Component(\"basket-api\")] [DependsOn({|NETCFG015:\"identty-api\"|}, Port = 8443)] public class BasketApi { }\n" + AuditLog,
            Code.Header + "[Component(\"basket-api\")] [DependsOn(\"identity-api\", Port = 8443)] public class BasketApi { }\n" + AuditLog)
        {
            CodeActionEquivalenceKey = "NETCFG015:identity-api",
        };
        test.TestState.AdditionalReferences.Add(Identity.Value);
        test.FixedState.AdditionalReferences.Add(Identity.Value);
        return test.RunAsync();
    }
}
