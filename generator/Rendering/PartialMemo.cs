using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using SdgArchive.Caching;

namespace SdgArchive.Rendering;

/// <summary>
/// One partial template drawn once per distinct value and reused by every page that shows it (a document's card in
/// listings, the filter lists of the browse pages). The partial sees its value and the template functions only, so
/// the value is all its markup depends on: the memo is keyed by the value serialized whole (no field listed by hand),
/// and first by the value's reference: the views are made once and shared, so a listing finds its cards without
/// serializing them again. It lives as long as the parsed templates and strings.
/// </summary>
internal sealed class PartialMemo(string template, string variable)
{
    private readonly ConcurrentDictionary<string, string> _byValue = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<object, string> _byReference = [];

    public string Get(object value, Func<string, IReadOnlyDictionary<string, object?>, string?> render)
    {
        if (_byReference.TryGetValue(value, out var html)) return html;
        html = _byValue.GetOrAdd(ContentHash.OfValue(template, value),
            static (_, state) => state.render(state.template,
                new Dictionary<string, object?> { [state.variable] = state.value })?.TrimEnd() ?? "",
            (template, variable, value, render));
        _byReference.AddOrUpdate(value, html);
        return html;
    }
}
