using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using SdgArchive.Diagnostics;
using SdgArchive.Serve;

namespace SdgArchive.SiteTests.Serve;

[TestFixture]
public sealed class PreviewServerTests : PreviewServerFixture
{
    private static HttpClient NewClient() => new(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(20) };

    [TestCase("/../secret.txt")]
    [TestCase("/../../secret.txt")]
    [TestCase("/documents/../../secret.txt")]
    [TestCase("/%2e%2e/secret.txt")]
    [TestCase("/%2E%2E/secret.txt")]
    [TestCase("/.%2e/secret.txt")]
    [TestCase("/..%2fsecret.txt")]
    [TestCase("/%2e%2e%2fsecret.txt")]
    [TestCase("/%252e%252e/secret.txt")]
    [TestCase("/..\\secret.txt")]
    [TestCase("/documents\\..\\..\\secret.txt")]
    [TestCase("/%5c..%5csecret.txt")]
    [TestCase("/..%5Csecret.txt")]
    [TestCase("/%2e%2e%5csecret.txt")]
    [TestCase("/documents/%00/../../secret.txt")]
    public async Task Traversal_attempts_are_refused_and_never_reach_outside_theSite(string target)
    {
        var response = await RawHttp.GetAsync(Server.Address, target);

        Assert.That(response.Status, Is.EqualTo(400), response.Head);
        Assert.That(response.Body, Does.Not.Contain(TestSite.SecretText));
    }

    [Test]
    public async Task A_symbolic_link_out_of_theSite_is_not_followed()
    {
        File.CreateSymbolicLink(Path.Combine(Site.Root, "leak.txt"), Path.Combine(Site.Parent, "secret.txt"));

        var response = await RawHttp.GetAsync(Server.Address, "/leak.txt");

        Assert.That(response.Status, Is.EqualTo(404));
        Assert.That(response.Body, Does.Not.Contain(TestSite.SecretText));
    }

    [TestCase("style.css", "text/css")]
    [TestCase("app.js", "text/javascript")]
    [TestCase("data.json", "application/json")]
    [TestCase("map/points.geojson", "application/geo+json")]
    [TestCase("sitemap.xml", "application/xml")]
    [TestCase("logo.svg", "image/svg+xml")]
    [TestCase("card.png", "image/png")]
    [TestCase("card.webp", "image/webp")]
    [TestCase("photo.jpg", "image/jpeg")]
    [TestCase("font.woff2", "font/woff2")]
    [TestCase("pagefind/wasm.unknown.pagefind", "application/octet-stream")]
    [TestCase("pagefind/pagefind-entry.json", "application/json")]
    [TestCase("pagefind/pagefind.js", "text/javascript")]
    [TestCase("pagefind/index/en_1a2b.pf_index", "application/octet-stream")]
    [TestCase("pagefind/fragment/en_1a2b.pf_fragment", "application/octet-stream")]
    [TestCase("pagefind/pagefind.en_1a2b.pf_meta", "application/octet-stream")]
    [TestCase("pagefind/wasm.en.wasm", "application/wasm")]
    [TestCase("documents/water/index.html", "text/html")]
    public async Task Files_are_served_with_their_content_type(string path, string expectedType)
    {
        var bytes = new byte[] { 1, 2, 3, 4 };
        if (!path.EndsWith(".html", StringComparison.Ordinal)) Site.Write(path, bytes);
        using var client = NewClient();

        using var response = await client.GetAsync(new Uri(Server.Address, path));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(expectedType));
        if (!path.EndsWith(".html", StringComparison.Ordinal))
            Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.EqualTo(bytes));
    }

    [Test]
    public async Task A_directory_serves_its_index_page_and_a_missing_slash_redirects()
    {
        using var client = NewClient();

        var page = await client.GetStringAsync(new Uri(Server.Address, "documents/water/"));
        using var redirect = await client.GetAsync(new Uri(Server.Address, "documents/water"));

        Assert.That(page, Does.Contain("<h1>Water</h1>"));
        Assert.That(redirect.StatusCode, Is.EqualTo(HttpStatusCode.MovedPermanently));
        Assert.That(redirect.Headers.Location?.ToString(), Is.EqualTo("/documents/water/"));
    }

    [Test]
    public async Task A_missing_page_answers_404_with_theSites_own_404_page()
    {
        using var client = NewClient();

        using var response = await client.GetAsync(new Uri(Server.Address, "documents/no-such-document/"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(TestSite.NotFoundMarker));
    }

    [Test]
    public async Task The_reload_script_is_injected_into_served_html_but_never_written_into_theSite()
    {
        using var client = NewClient();

        var served = await client.GetStringAsync(new Uri(Server.Address, "documents/water/"));
        var script = await client.GetAsync(new Uri(Server.Address, "/__sdg/reload.js"));

        Assert.That(served, Does.Contain("<script src=\"/__sdg/reload.js\" defer></script></head>"));
        Assert.That(Site.Read("documents/water/index.html"), Does.Not.Contain("__sdg"));
        Assert.That(script.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(script.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/javascript"));
        Assert.That(await script.Content.ReadAsStringAsync(), Does.Contain("EventSource"));
    }

    [Test]
    public async Task Without_live_reload_pages_are_served_exactly_as_built()
    {
        await using var plain = new PreviewServer(new PreviewServerOptions { Root = Site.Root, Port = 0, LiveReload = false });
        await plain.StartAsync();
        using var client = NewClient();

        var served = await client.GetStringAsync(new Uri(plain.Address, "documents/water/"));

        Assert.That(served, Is.EqualTo(Site.Read("documents/water/index.html")));
    }

    [Test]
    public async Task Under_a_base_path_theSite_is_served_below_it_and_the_root_redirects()
    {
        await using var archive = new PreviewServer(new PreviewServerOptions { Root = Site.Root, Port = 0, BasePath = "/archive/" });
        await archive.StartAsync();
        using var client = NewClient();

        var page = await client.GetStringAsync(new Uri(archive.Address, "documents/water/"));
        using var root = await client.GetAsync(new Uri(archive.Address, "/"));
        using var outside = await client.GetAsync(new Uri(archive.Address, "/documents/water/"));

        Assert.That(archive.Address.AbsolutePath, Is.EqualTo("/archive/"));
        Assert.That(page, Does.Contain("<h1>Water</h1>"));
        Assert.That(root.Headers.Location?.ToString(), Is.EqualTo("/archive/"));
        Assert.That(outside.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Other_methods_than_get_and_head_are_refused()
    {
        using var client = NewClient();

        using var response = await client.PostAsync(new Uri(Server.Address, "index.html"), new StringContent("x"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
    }

    [Test]
    public void By_default_theServer_listens_on_loopback_only()
    {
        Assert.That(new PreviewServerOptions { Root = "x" }.Host, Is.EqualTo("127.0.0.1"));
        Assert.That(Server.Address.Host, Is.EqualTo("127.0.0.1"));

        var otherAddress = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
        if (otherAddress is null) Assert.Ignore("no non-loopback IPv4 interface to try");

        using var client = new TcpClient();
        Assert.That(() => client.Connect(otherAddress, Server.Address.Port), Throws.InstanceOf<SocketException>());
    }

    [Test]
    public async Task Two_hundred_concurrent_connections_are_all_answered()
    {
        const int connections = 200;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var targets = Enumerable.Range(0, connections)
            .Select(i => i % 3 == 0 ? "/documents/water/" : i % 3 == 1 ? "/" : "/no-such-page/");

        var responses = await Task.WhenAll(targets.Select(t => RawHttp.GetAsync(Server.Address, t, timeout.Token)));

        Assert.That(responses.Count(r => r.Status is 200 or 404), Is.EqualTo(connections));
        Assert.That(responses.Where(r => r.Status == 200).All(r => r.Body.Contains("</html>")), Is.True);
        // And it still serves afterwards.
        Assert.That((await RawHttp.GetAsync(Server.Address, "/")).Status, Is.EqualTo(200));
    }

    [Test]
    public async Task A_build_is_announced_overServer_sent_events_with_its_diagnostics()
    {
        using var client = NewClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var response = await client.GetAsync(new Uri(Server.Address, PreviewServer.EventsPath), HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/event-stream"));
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        await SseReader.ReadUntilEventAsync(reader, "hello", timeout.Token);

        var warning = new Diagnostic(new SourceSpan("seeds/001.txt", 3, 1), Severity.Warning, DiagnosticCodes.BadLatLng, "latlng is not a number");
        Server.Hub.PublishBuild([warning], ["/documents/water/"]);

        var diagnostics = await SseReader.ReadUntilEventAsync(reader, "diagnostics", timeout.Token, mustContain: "SDG012");
        var reload = await SseReader.ReadUntilEventAsync(reader, "reload", timeout.Token);
        Assert.That(diagnostics, Does.Contain("seeds/001.txt(3,1): warning SDG012: latlng is not a number"));
        Assert.That(reload, Does.Contain("/documents/water/"));

        var snapshot = await client.GetStringAsync(new Uri(Server.Address, PreviewServer.DiagnosticsPath), timeout.Token);
        Assert.That(snapshot, Does.Contain("SDG012"));
    }
}
