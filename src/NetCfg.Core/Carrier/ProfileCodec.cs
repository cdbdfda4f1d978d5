using NetCfg.Core.Model;
using static NetCfg.Core.Carrier.DeclarationCodec;

namespace NetCfg.Core.Carrier;

/// <summary>Profile files as tokens, each record's fields in the record's own order, read through locals.</summary>
internal static class ProfileCodec
{
    public static void File(TokenWriter w, ProfileFile f)
    {
        w.String(f.Path);
        Many(w, f.Profiles, p =>
        {
            w.String(p.Name);
            Many(w, p.Egress, rule => Rule(w, rule));
            Many(w, p.Ingress, rule => Rule(w, rule));
            w.Int(p.Line).Int(p.Column);
        });
        Many(w, f.Errors, e => w.String(e.Message).Int(e.Line).Int(e.Column));
    }

    public static ProfileFile File(TokenReader r)
    {
        var path = r.String();
        var profiles = Many(r, () => Profile(r));
        var errors = Many(r, () => Error(r));
        return new ProfileFile(path, profiles, errors);
    }

    private static NetworkProfile Profile(TokenReader r)
    {
        var name = r.String();
        var egress = Many(r, () => Rule(r));
        var ingress = Many(r, () => Rule(r));
        var line = r.Int();
        var column = r.Int();
        return new NetworkProfile(name, egress, ingress, line, column);
    }

    private static ProfileError Error(TokenReader r)
    {
        var message = r.String();
        var line = r.Int();
        var column = r.Int();
        return new ProfileError(message, line, column);
    }

    private static void Rule(TokenWriter w, Rule rule)
    {
        Many(w, rule.Peers, peer => Peer(w, peer));
        Many(w, rule.Ports, port => w.Int((int)port.Protocol).Int(port.Port).Int(port.EndPort).String(port.Name));
    }

    private static Rule Rule(TokenReader r)
    {
        var peers = Many(r, () => Peer(r));
        var ports = Many(r, () => Port(r));
        return new Rule(peers, ports);
    }

    private static PortSpec Port(TokenReader r)
    {
        var protocol = r.Enum<Protocol>();
        var port = r.NullableInt();
        var endPort = r.NullableInt();
        var name = r.NullableString();
        return new PortSpec(protocol, port, endPort, name);
    }

    private static void Peer(TokenWriter w, Peer peer)
    {
        w.Bool(peer.IpBlock is not null);
        if (peer.IpBlock is { } block)
        {
            w.String(block.Cidr);
            Many(w, block.Except, e => w.String(e));
        }

        Selector(w, peer.NamespaceSelector);
        Selector(w, peer.PodSelector);
    }

    private static Peer Peer(TokenReader r)
    {
        IpBlock? block = null;
        if (r.Bool())
        {
            var cidr = r.String();
            var except = Many(r, r.String);
            block = new IpBlock(cidr, except);
        }

        var ns = Selector(r);
        var pod = Selector(r);
        return new Peer(block, ns, pod);
    }

    private static void Selector(TokenWriter w, Selector? selector)
    {
        w.Bool(selector is not null);
        if (selector is null) return;
        Many(w, selector.MatchLabels, l => w.String(l.Key).String(l.Value));
        Many(w, selector.MatchExpressions, e =>
        {
            w.String(e.Key).Int((int)e.Operator);
            Many(w, e.Values, v => w.String(v));
        });
    }

    private static Selector? Selector(TokenReader r)
    {
        if (!r.Bool()) return null;
        var labels = Many(r, () =>
        {
            var key = r.String();
            var value = r.String();
            return new Label(key, value);
        });
        var expressions = Many(r, () =>
        {
            var key = r.String();
            var op = r.Enum<LabelOperator>();
            var values = Many(r, r.String);
            return new Requirement(key, op, values);
        });
        return new Selector(labels, expressions);
    }
}
