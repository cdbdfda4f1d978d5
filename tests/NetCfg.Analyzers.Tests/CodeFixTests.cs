using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using NetCfg.Analyzers.Tests.Infrastructure;
using NetCfg.Core.Rules;
using NetCfg.CodeFixes;
using NetCfg.Generators.Analyzers;
using NetCfg.TestKit;
using Xunit;

namespace NetCfg.Analyzers.Tests;

public class CodeFixTests
{
    private const string Before = Code.Header + """
        [Component("worker")]
        [DependsOnProfile({|NETCFG001:"dns"|})]
        public class Worker { }
        """;

    [Fact]
    public Task NETCFG001_offers_the_closest_name_first() =>
        new NetCfgFixTest<UseClosestNameCodeFix>(Before, Code.Header + """
            [Component("worker")]
            [DependsOnProfile("google-dns")]
            public class Worker { }
            """)
        {
            CodeActionEquivalenceKey = "NETCFG001:google-dns",
            CodeActionIndex = 0,
        }
            .WithProfile("/profiles/a.yaml", ProfileYaml.Dns("cloudflare-dns"))
            .WithProfile("/profiles/b.yaml", ProfileYaml.Dns("google-dns"))
            .RunAsync();

    [Fact]
    public Task NETCFG001_offers_one_action_per_suggestion() =>
        new NetCfgFixTest<UseClosestNameCodeFix>(Before, Code.Header + """
            [Component("worker")]
            [DependsOnProfile("cloudflare-dns")]
            public class Worker { }
            """)
        {
            CodeActionEquivalenceKey = "NETCFG001:cloudflare-dns",
            CodeActionIndex = 1,
            CodeActionVerifier = (action, verifier) => verifier.Equal("Use 'cloudflare-dns'", action.Title),
        }
            .WithProfile("/profiles/a.yaml", ProfileYaml.Dns("cloudflare-dns"))
            .WithProfile("/profiles/b.yaml", ProfileYaml.Dns("google-dns"))
            .RunAsync();

    [Fact]
    public Task NETCFG001_without_suggestions_offers_nothing() =>
        new NetCfgFixTest<UseClosestNameCodeFix>(Code.Header + """
            [Component("worker")]
            [DependsOnProfile({|NETCFG001:"zzz"|})]
            public class Worker { }
            """, Code.Header + """
            [Component("worker")]
            [DependsOnProfile({|NETCFG001:"zzz"|})]
            public class Worker { }
            """)
            .WithProfile("/profiles/a.yaml", ProfileYaml.Dns("cloudflare-dns"))
            .RunAsync();

    [Fact]
    public Task NETCFG010_removes_the_duplicate_line() =>
        new NetCfgFixTest<RemoveDuplicateDependencyCodeFix>(Code.Header + """
            /// <summary>The frontend.</summary>
            [Component("frontend")]
            [DependsOn(typeof(Backend), Port = 8080)]
            [{|NETCFG010:DependsOn<Backend>(Port = 8080)|}]
            [DependsOnProfile("dns")]
            public class Frontend { }

            [Component("backend")] public class Backend { }
            """, Code.Header + """
            /// <summary>The frontend.</summary>
            [Component("frontend")]
            [DependsOn(typeof(Backend), Port = 8080)]
            [DependsOnProfile("dns")]
            public class Frontend { }

            [Component("backend")] public class Backend { }
            """)
            .RunAsync();

    [Fact]
    public Task NETCFG010_removes_a_duplicate_from_a_shared_list() =>
        new NetCfgFixTest<RemoveDuplicateDependencyCodeFix>(Code.Header + """
            [Component("frontend"), DependsOnProfile("dns"), {|NETCFG010:DependsOnProfile("dns")|}]
            public class Frontend { }
            """, Code.Header + """
            [Component("frontend"), DependsOnProfile("dns")]
            public class Frontend { }
            """)
            .RunAsync();

    [Fact]
    public Task NETCFG010_fix_all_removes_every_duplicate() =>
        new NetCfgFixTest<RemoveDuplicateDependencyCodeFix>(Code.Header + """
            [Component("frontend")]
            [DependsOn(typeof(Backend), Port = 8080)]
            [{|NETCFG010:DependsOn(typeof(Backend), Port = 8080)|}]
            [{|NETCFG010:DependsOn(typeof(Backend), Port = 8080)|}]
            public class Frontend { }

            [Component("backend")] public class Backend { }
            """, Code.Header + """
            [Component("frontend")]
            [DependsOn(typeof(Backend), Port = 8080)]
            public class Frontend { }

            [Component("backend")] public class Backend { }
            """)
        {
            NumberOfFixAllIterations = 1,
        }
            .RunAsync();
}
