using System.Text;

namespace SdgArchive.SiteTests.Serve;

/// <summary>A small built site in a temp folder, with a secret file beside it that must never be served.</summary>
internal sealed class TestSite : IDisposable
{
    public const string SecretText = "TOP-SECRET-OUTSIDE-THE-SITE";
    public const string NotFoundMarker = "This page is not in the archive";

    public string Parent { get; } = TempFolder.Create("serve");
    public string Root => Path.Combine(Parent, "site");

    public TestSite()
    {
        Directory.CreateDirectory(Root);
        File.WriteAllText(Path.Combine(Parent, "secret.txt"), SecretText);
        Write("index.html", "<!doctype html><html><head><title>Home</title></head><body><h1>Archive home</h1></body></html>");
        Write("404.html", $"<!doctype html><html><head><title>Not found</title></head><body><p>{NotFoundMarker}</p></body></html>");
        Write("documents/water/index.html", "<!doctype html><html><head><title>Water</title></head><body><h1>Water</h1></body></html>");
    }

    public void Write(string relativePath, string text) => Write(relativePath, Encoding.UTF8.GetBytes(text));

    public void Write(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    public void Dispose() => TempFolder.Remove(Parent);
}
