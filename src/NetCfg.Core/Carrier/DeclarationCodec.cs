using System;
using System.Collections.Generic;
using NetCfg.Core.Model;

namespace NetCfg.Core.Carrier;

/// <summary>
/// Writes and reads the declaration model as tokens, each record's fields in the record's own order. Reads go through
/// locals, one statement per field, so nothing depends on the order in which arguments are evaluated.
/// </summary>
internal static class DeclarationCodec
{
    public static void Many<T>(TokenWriter w, EquatableArray<T> items, Action<T> write)
        where T : IEquatable<T>
    {
        w.Int(items.Count);
        foreach (var item in items) write(item);
    }

    public static EquatableArray<T> Many<T>(TokenReader r, Func<T> read)
        where T : IEquatable<T>
    {
        var count = r.Count();
        var items = new List<T>(count);
        for (var i = 0; i < count; i++) items.Add(read());
        return items.ToEquatableArray();
    }

    public static void Config(TokenWriter w, ConfigDeclaration c) => w.String(c.Name).String(c.Namespace).Bool(c.Complete);

    public static ConfigDeclaration Config(TokenReader r)
    {
        var name = r.NullableString();
        var ns = r.NullableString();
        var complete = r.Bool();
        return new ConfigDeclaration(name, ns, complete);
    }

    /// <param name="written">
    /// Also each dependency's attribute as written: the carrier holds it, for the task's source map; a library's export
    /// does not, so a change of spelling alone leaves the library's reference assembly as it was.
    /// </param>
    public static void Component(TokenWriter w, ComponentDeclaration c, bool written = false)
    {
        w.String(c.Type).String(c.Display).String(c.Assembly).Bool(c.IsComponent).String(c.Name).Bool(c.NameComplete);
        Many(w, c.Labels, l => w.String(l.Key).String(l.Value).Bool(l.Complete));
        Many(w, c.Expressions, e =>
        {
            w.String(e.Key).Int(e.Operator);
            Many(w, e.Values, v => w.String(v));
            w.Bool(e.NullValue).Bool(e.Complete);
        });
        Many(w, c.Dependencies, d =>
        {
            w.Int((int)d.Target.Shape).String(d.Target.Type).String(d.Target.Display).String(d.Target.Assembly).String(d.Target.Name);
            w.Int(d.Port).Int(d.EndPort).Int(d.Protocol).String(d.PortName).Bool(d.Complete);
            if (written) w.String(d.Written);
        });
        Many(w, c.Profiles, p => w.String(p.Name).Bool(p.Complete));
    }

    public static ComponentDeclaration Component(TokenReader r, bool written = false)
    {
        var type = r.String();
        var display = r.String();
        var assembly = r.String();
        var isComponent = r.Bool();
        var name = r.NullableString();
        var nameComplete = r.Bool();
        var labels = Many(r, () => Label(r));
        var expressions = Many(r, () => Expression(r));
        var dependencies = Many(r, () => Dependency(r, written));
        var profiles = Many(r, () => Profile(r));
        return new ComponentDeclaration(type, display, assembly, isComponent, name, nameComplete, labels, expressions, dependencies, profiles);
    }

    private static LabelDeclaration Label(TokenReader r)
    {
        var key = r.NullableString();
        var value = r.NullableString();
        var complete = r.Bool();
        return new LabelDeclaration(key, value, complete);
    }

    private static ExpressionDeclaration Expression(TokenReader r)
    {
        var key = r.NullableString();
        var op = r.Int();
        var values = Many(r, r.String);
        var nullValue = r.Bool();
        var complete = r.Bool();
        return new ExpressionDeclaration(key, op, values, nullValue, complete);
    }

    private static DependencyDeclaration Dependency(TokenReader r, bool written)
    {
        var shape = r.Enum<TargetShape>();
        var type = r.NullableString();
        var display = r.NullableString();
        var assembly = r.NullableString();
        var name = r.NullableString();
        var port = r.NullableInt();
        var endPort = r.NullableInt();
        var protocol = r.Int();
        var portName = r.NullableString();
        var complete = r.Bool();
        var text = written ? r.NullableString() : null;
        return new DependencyDeclaration(new TargetRef(shape, type, display, assembly, name), port, endPort, protocol, portName, complete, text);
    }

    private static ProfileReference Profile(TokenReader r)
    {
        var name = r.NullableString();
        var complete = r.Bool();
        return new ProfileReference(name, complete);
    }
}
