using System;
using System.Collections.Generic;
using NetCfg.Core.Model;

namespace NetCfg.Core.Transport;

/// <summary>
/// A <see cref="TranslationInput"/> as one string, so the generator can hand it to the MSBuild task through the
/// assembly, and the task can translate it there. <c>Decode(Encode(x))</c> equals <c>x</c>.
/// </summary>
public static class InputCodec
{
    public const string Format = "netcfg-input/1";

    public static string Encode(TranslationInput input)
    {
        var w = new TokenWriter().String(Format);
        Many(w, input.Configs, c => w.String(c.Name).String(c.Namespace));
        Many(w, input.Components, c =>
        {
            w.String(c.TypeName).String(c.Name);
            Labels(w, c.Labels);
            Many(w, c.Dependencies, d => w.String(d.TargetType).Int(d.Port).Int(d.EndPort).Int((int)d.Protocol));
            Many(w, c.Profiles, p => w.String(p));
            Many(w, c.Problems, p => w.String(p));
        });
        Many(w, input.ProfileFiles, f =>
        {
            w.String(f.Path);
            Many(w, f.Profiles, p =>
            {
                w.String(p.Name).Int(p.Line).Int(p.Column);
                Many(w, p.Egress, r =>
                {
                    Many(w, r.To, peer => Peer(w, peer));
                    Many(w, r.Ports, port => Port(w, port));
                });
            });
            Many(w, f.Errors, e => w.String(e.Message).Int(e.Line).Int(e.Column));
        });
        w.Bool(input.Options.AllowDns);
        return w.ToString();
    }

    /// <summary>Reads an encoded input; <see cref="FormatException"/> if the text is not one.</summary>
    public static TranslationInput Decode(string text)
    {
        var r = new TokenReader(text);
        if (r.String() != Format) throw new FormatException($"not a {Format} text");
        var input = new TranslationInput(
            Many(r, () => new ConfigDeclaration(r.String(), r.NullableString())),
            Many(r, () => new ComponentDeclaration(
                r.String(),
                r.String(),
                Labels(r),
                Many(r, () => new ComponentDependency(r.String(), r.NullableInt(), r.NullableInt(), Protocol(r))),
                Many(r, r.String),
                Many(r, r.String))),
            Many(r, () => new ProfileFile(
                r.String(),
                Many(r, () =>
                {
                    string name = r.String();
                    int line = r.Int(), column = r.Int();
                    return new NetworkProfile(name, Many(r, () => new ProfileRule(Many(r, () => Peer(r)), Many(r, () => Port(r)))), line, column);
                }),
                Many(r, () => new ProfileError(r.String(), r.Int(), r.Int())))),
            new TranslationOptions(r.Bool()));
        if (!r.AtEnd) throw new FormatException("trailing text after the NetCfg input");
        return input;
    }

    private static void Many<T>(TokenWriter w, EquatableArray<T> items, Action<T> write)
        where T : IEquatable<T>
    {
        w.Int(items.Count);
        foreach (var item in items) write(item);
    }

    private static EquatableArray<T> Many<T>(TokenReader r, Func<T> read)
        where T : IEquatable<T>
    {
        var count = r.Count();
        var items = new List<T>(count);
        for (var i = 0; i < count; i++) items.Add(read());
        return items.ToEquatableArray();
    }

    private static void Labels(TokenWriter w, EquatableArray<Label> labels) => Many(w, labels, l => w.String(l.Key).String(l.Value));

    private static EquatableArray<Label> Labels(TokenReader r) => Many(r, () => new Label(r.String(), r.String()));

    private static void Selector(TokenWriter w, Selector? selector)
    {
        w.Bool(selector is not null);
        if (selector is not null) Labels(w, selector.MatchLabels);
    }

    private static Selector? Selector(TokenReader r) => r.Bool() ? new Selector(Labels(r)) : null;

    private static void Peer(TokenWriter w, ProfilePeer peer)
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

    private static ProfilePeer Peer(TokenReader r)
    {
        var block = r.Bool() ? new IpBlock(r.String(), Many(r, r.String)) : null;
        return new ProfilePeer(block, Selector(r), Selector(r));
    }

    private static void Port(TokenWriter w, PortSpec port) => w.Int((int)port.Protocol).Int(port.Port).Int(port.EndPort);

    private static PortSpec Port(TokenReader r) => new(Protocol(r), r.NullableInt(), r.NullableInt());

    private static Protocol Protocol(TokenReader r) => r.Int() switch
    {
        0 => Model.Protocol.Tcp,
        1 => Model.Protocol.Udp,
        2 => Model.Protocol.Sctp,
        _ => throw new FormatException("unknown protocol in the NetCfg input"),
    };
}
