using System.Collections;
using System.Reflection;
using SdgArchive.Rendering.Jobs;
using SdgArchive.SiteTests.Rendering;

namespace SdgArchive.SiteTests.Cache;

/// <summary>
/// A page's key is its job serialized whole: changing any field of the job, at any depth, changes the key. The test
/// walks the job's records by reflection, so a field added to a view tomorrow is checked without touching this file.
/// </summary>
[TestFixture]
public sealed class PageKeyTests
{
    [Test]
    public void Changing_any_field_of_a_listing_job_at_any_depth_changes_its_key()
    {
        var job = PageRendererTests.Listing();
        var key = PageKey.For("fingerprint", job);
        var checkedFields = 0;
        foreach (var changed in Variants(job, job.GetType().Name))
        {
            checkedFields++;
            Assert.That(PageKey.For("fingerprint", (PageJob)changed.Value), Is.Not.EqualTo(key), $"{changed.Path} is not in the key");
        }
        Assert.That(checkedFields, Is.GreaterThan(20), "the walk reached the nested records");
        Assert.That(PageKey.For("another fingerprint", job), Is.Not.EqualTo(key), "site-wide inputs are in the fingerprint");
        Assert.That(PageKey.For("fingerprint", PageRendererTests.Listing()), Is.EqualTo(key), "equal jobs, equal keys");
    }

    /// <summary>Copies of <paramref name="record"/> with one field changed each, nested records and list items included.</summary>
    private static IEnumerable<(string Path, object Value)> Variants(object record, string path)
    {
        var clone = record.GetType().GetMethod("<Clone>$")!;
        foreach (var property in record.GetType().GetProperties().Where(p => p.CanWrite && p.GetIndexParameters().Length == 0))
        {
            var value = property.GetValue(record);
            foreach (var changed in Changed(value, property.PropertyType, $"{path}.{property.Name}"))
            {
                var copy = clone.Invoke(record, null)!;
                property.SetValue(copy, changed.Value);
                yield return (changed.Path, copy);
            }
        }
    }

    private static IEnumerable<(string Path, object? Value)> Changed(object? value, Type type, string path)
    {
        if (type == typeof(string)) { yield return (path, (string?)value + "x"); yield break; }
        if (type == typeof(int)) { yield return (path, (int)value! + 1); yield break; }
        if (type == typeof(bool)) { yield return (path, !(bool)value!); yield break; }
        if (value is null) yield break; // a null record: its fields are reached on jobs that have one
        if (value is IList list && type.IsGenericType)
        {
            var item = type.GetGenericArguments()[0];
            for (var i = 0; i < list.Count; i++)
                foreach (var changed in Changed(list[i], item, $"{path}[{i}]"))
                {
                    var copy = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(item))!;
                    foreach (var original in list) copy.Add(original);
                    copy[i] = changed.Value;
                    yield return (changed.Path, copy);
                }
            yield break;
        }
        if (type.GetMethod("<Clone>$") is not null)
            foreach (var changed in Variants(value, path)) yield return changed;
    }
}
