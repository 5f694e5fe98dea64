using System.Collections.Concurrent;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;

namespace SdgArchive.Rendering.Shortcuts;

/// <summary>
/// Reads a view's properties (<c>doc.title</c>) through delegates bound to their getters instead of Scriban's
/// <c>PropertyInfo.GetValue</c>. The members and their names are Scriban's own (its accessor is kept for everything
/// else: fields, indexers, listing members); only reading a property is shortened. Built once per type and shared.
/// </summary>
internal sealed class CompiledMemberAccessor(
    TypedObjectAccessor scriban, IReadOnlyDictionary<string, CompiledMemberAccessor.Getter?> getters)
    : IObjectAccessor
{
    /// <summary>Reads one property of a target.</summary>
    internal delegate object? Getter(object target);

    private static readonly ConcurrentDictionary<(Type, MemberRenamerDelegate), IReadOnlyDictionary<string, Getter?>>
        Getters = new();

    /// <summary>Scriban's accessor for <paramref name="type"/>, its property reads compiled.</summary>
    public static CompiledMemberAccessor For(Type type, TypedObjectAccessor scriban, MemberRenamerDelegate renamer) =>
        new(scriban, Getters.GetOrAdd((type, renamer), static key => GettersOf(key.Item1, key.Item2)));

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (getters.TryGetValue(member, out var getter) && getter is not null)
        {
            value = getter(target);
            return true;
        }
        return scriban.TryGetValue(context, span, target, member, out value);
    }

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) =>
        scriban.GetMemberCount(context, span, target);
    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) =>
        scriban.GetMembers(context, span, target);
    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) =>
        scriban.HasMember(context, span, target, member);
    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) =>
        scriban.TrySetValue(context, span, target, member, value);
    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index,
        out object? value) => scriban.TryGetItem(context, span, target, index, out value);
    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index,
        object? value) => scriban.TrySetItem(context, span, target, index, value);
    public bool HasIndexer => scriban.HasIndexer;
    public Type? IndexType => scriban.IndexType;

    /// <summary>
    /// Each member name as Scriban's <see cref="TypedObjectAccessor"/> names it, in its order (a type's fields, then
    /// its properties, then its base type's; the first of a name wins), with a getter for a property and none for a
    /// field (read by Scriban's accessor). Scriban's context here has no member filter.
    /// </summary>
    private static IReadOnlyDictionary<string, Getter?> GettersOf(Type type, MemberRenamerDelegate renamer)
    {
        var getters = new Dictionary<string, Getter?>(StringComparer.Ordinal);
        for (var level = type; level is not null; level = level.BaseType == typeof(object) ? null : level.BaseType)
        {
            const BindingFlags declared = BindingFlags.DeclaredOnly | BindingFlags.Instance | BindingFlags.Public;
            foreach (var field in level.GetFields(declared))
                if (field.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is null && !field.IsLiteral)
                    getters.TryAdd(NameOf(field, renamer), null);
            foreach (var property in level.GetProperties(declared))
            {
                if (property.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is not null
                    || property.GetMethod is not { IsStatic: false, IsPublic: true } getter
                    || property.GetIndexParameters().Length != 0) continue;
                getters.TryAdd(NameOf(property, renamer), type.IsValueType ? null : Bind(property, getter));
            }
        }
        return getters;
    }

    private static string NameOf(MemberInfo member, MemberRenamerDelegate renamer) =>
        renamer(member) is { Length: > 0 } name ? name : member.Name;

    /// <summary>A getter bound to <paramref name="getter"/>; none (Scriban's reflection reads it) for a property no
    /// delegate can return, such as a by-reference or pointer type.</summary>
    private static Getter? Bind(PropertyInfo property, MethodInfo getter)
    {
        try
        {
            return (Getter)typeof(CompiledMemberAccessor)
                .GetMethod(nameof(Typed), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(getter.DeclaringType!, property.PropertyType).Invoke(null, [getter])!;
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or TargetInvocationException)
        {
            return null;
        }
    }

    private static Getter Typed<TTarget, TValue>(MethodInfo getter)
    {
        var read = getter.CreateDelegate<Func<TTarget, TValue>>();
        return target => read((TTarget)target);
    }
}
