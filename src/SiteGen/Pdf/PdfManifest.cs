using System.Collections.Immutable;
using System.Text.Json;

namespace SiteGen.Pdf;

/// <summary>The fingerprint each PDF in a folder was printed from; stored beside the PDFs so unchanged ones are not printed again.</summary>
/// <param name="Fingerprints">PDF file name → fingerprint of the inputs it was printed from.</param>
internal sealed record PdfManifest(ImmutableSortedDictionary<string, string> Fingerprints)
{
    /// <summary>Name of the manifest file in the PDF folder (a dot file, so site publishing can skip it).</summary>
    public const string FileName = ".sitegen-pdf-manifest.json";

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    /// <summary>A manifest that knows no PDFs: everything is printed.</summary>
    public static PdfManifest Empty { get; } = new(ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal));

    /// <summary>True when <paramref name="pdfFileName"/> exists and was printed from inputs with this exact fingerprint, so printing can be skipped.</summary>
    public bool IsUpToDate(string pdfFileName, string fingerprint, bool pdfExists) =>
        pdfExists && Fingerprints.TryGetValue(pdfFileName, out var recorded) && string.Equals(recorded, fingerprint, StringComparison.Ordinal);

    /// <summary>A copy that records <paramref name="pdfFileName"/> as printed from <paramref name="fingerprint"/>.</summary>
    public PdfManifest With(string pdfFileName, string fingerprint) => new(Fingerprints.SetItem(pdfFileName, fingerprint));

    /// <summary>Stable, diff-friendly JSON (keys sorted).</summary>
    public string ToJson() => JsonSerializer.Serialize(new StoredManifest(1, Fingerprints), JsonOptions);

    /// <summary>Reads manifest JSON; anything unreadable or of another version counts as empty, which only costs a reprint.</summary>
    public static PdfManifest FromJson(string json)
    {
        try
        {
            var stored = JsonSerializer.Deserialize<StoredManifest>(json);
            if (stored is not { Version: 1, Fingerprints: not null })
            {
                return Empty;
            }

            return new PdfManifest(stored.Fingerprints.ToImmutableSortedDictionary(StringComparer.Ordinal));
        }
        catch (JsonException)
        {
            return Empty;
        }
    }

    /// <summary>Loads the manifest of a PDF folder, or <see cref="Empty"/> when there is none.</summary>
    public static PdfManifest Load(string pdfDirectory)
    {
        var path = Path.Combine(pdfDirectory, FileName);
        return File.Exists(path) ? FromJson(File.ReadAllText(path)) : Empty;
    }

    /// <summary>Writes the manifest into a PDF folder, replacing the old one atomically.</summary>
    public void Save(string pdfDirectory)
    {
        Directory.CreateDirectory(pdfDirectory);
        var path = Path.Combine(pdfDirectory, FileName);
        File.WriteAllText(path + ".partial", ToJson());
        File.Move(path + ".partial", path, overwrite: true);
    }

    private sealed record StoredManifest(int Version, IReadOnlyDictionary<string, string>? Fingerprints);
}
