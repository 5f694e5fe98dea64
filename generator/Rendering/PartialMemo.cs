using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using SdgArchive.Caching;

namespace SdgArchive.Rendering;

/// <summary>
/// One partial template drawn once per distinct value and reused by every page that shows it (a document's card in
/// listings, the filter lists of the browse pages). The partial sees its value and the template functions only, so
/// the value is all its markup depends on: the memo is keyed by the value serialized whole (no field listed by hand),
/// and first by the value's reference: the views are made once and shared, so a listing finds its cards without
/// serializing them again. It lives as long as the parsed templates and strings. The templates drawing it read are
/// kept with the markup and recorded again by every page that shows it, so a page drawn from the memo still depends
/// on them.
/// </summary>
internal sealed class PartialMemo(string template, string variable)
{
    private sealed record Drawn(string Html, InputLog.Recorded Reads);

    private readonly ConcurrentDictionary<string, Drawn> _byValue = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<object, Drawn> _byReference = [];

    /// <summary>
    /// The markup for <paramref name="value"/>; the templates it was drawn from go into <paramref name="reads"/>.
    /// </summary>
    public string Get(object value, Func<string, IReadOnlyDictionary<string, object?>, InputLog, string?> render,
        InputLog? reads)
    {
        if (!_byReference.TryGetValue(value, out var drawn))
        {
            drawn = _byValue.GetOrAdd(ContentHash.OfValue(template, value), static (_, state) =>
            {
                var log = new InputLog();
                var model = new Dictionary<string, object?> { [state.variable] = state.value };
                var html = state.render(state.template, model, log);
                return new Drawn(html?.TrimEnd() ?? "", log.Fix());
            }, (template, variable, value, render));
            _byReference.AddOrUpdate(value, drawn);
        }
        reads?.Add(drawn.Reads);
        return drawn.Html;
    }
}
