// Builds the /map/ page from a folder of archive pages, optionally replicated up to the full archive's size
// (~9,600 documents over the same points), and prints the page's size raw and gzip-compressed.
using System.Diagnostics;
using System.IO.Compression;
using SdgArchive.Diagnostics;
using SdgArchive.Map;
using SdgArchive.Model;
using SdgArchive.Reading;

var source = args.ElementAtOrDefault(0) ?? "../shared/corpus/sdg-commons-sample";
var output = args.ElementAtOrDefault(1) ?? Path.Combine(Path.GetTempPath(), "sdg-map-budget");
var target = int.Parse(args.ElementAtOrDefault(2) ?? "0");

var diagnostics = new DiagnosticBag();
var documents = ArchiveReader.ReadFolder(source, diagnostics).ToList();
var read = documents.Count;
// Replicate with new slugs to reach the target size: same points, types, years and goals as the real pages.
for (var copy = 1; documents.Count < target; copy++)
    documents.AddRange(documents.Take(read).Select(d => d with { Slug = $"{d.Slug}-{copy}" }).Take(target - documents.Count));

var clock = Stopwatch.StartNew();
var atlas = WorldAtlas.Load(WorldAtlas.Locate(WorldAtlas.WorldFile) ?? throw new FileNotFoundException("run npm ci first"));
var model = MapModel.Build(documents, d => $"/documents/{d.Slug}/", c => $"/countries/{Slugs.Create(c.Name, c.IsoNumeric, "")}/");
var page = MapPreviewPage.Write(output, model, atlas, "templates/assets");
var renderMs = clock.ElapsedMilliseconds;

var checks = new PointChecks(WorldAtlas.Load(WorldAtlas.Locate(WorldAtlas.DetailedFile)!));
clock.Restart();
var pointDiagnostics = new DiagnosticBag();
checks.Check(documents, pointDiagnostics);
var checkMs = clock.ElapsedMilliseconds;

long Gzip(string path)
{
    using var buffer = new MemoryStream();
    using (var gz = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true)) File.OpenRead(path).CopyTo(gz);
    return buffer.Length;
}
var files = new[] { page, Path.Combine(output, "assets", "map.js"), Path.Combine(output, "assets", "map.css") };
Console.WriteLine($"documents: {documents.Count} ({read} read), places on the map: {model.Locations.Count}, countries: {model.Countries.Count}");
Console.WriteLine($"render: {renderMs} ms (atlas load included); SDG050 check: {checkMs} ms, {pointDiagnostics.Count(Severity.Warning)} warnings");
long raw = 0, zipped = 0;
foreach (var file in files)
{
    var size = new FileInfo(file).Length; var gz = Gzip(file);
    raw += size; zipped += gz;
    Console.WriteLine($"{Path.GetRelativePath(output, file),-18} {size,9:N0} B raw {gz,9:N0} B gzip");
}
Console.WriteLine($"{"total",-18} {raw,9:N0} B raw {zipped,9:N0} B gzip (budget 300 KB gzip: {(zipped <= 300 * 1024 ? "within" : "OVER")})");
Console.WriteLine($"page: {page}");
