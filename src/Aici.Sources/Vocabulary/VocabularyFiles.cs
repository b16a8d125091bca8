using System.Security.Cryptography;
using System.Text.Json;
using Aici.Core.Classify.Vocabulary;
using Aici.Core.Run;

namespace Aici.Sources.Vocabulary;

/// <summary>
/// Reads and writes vocabulary files: the candidates <c>aici vocab expand</c> computes, and the reviewed list in
/// <c>taxonomy/vocabulary/</c> that the "vocabulary" AI definition loads. A bad file is an <see cref="InputException"/>
/// naming the file and the field.
/// </summary>
public static class VocabularyFiles
{
    // relaxed escaping keeps apostrophes and accents readable in a reviewed file
    private static readonly VocabularyJsonContext Writing = new(new JsonSerializerOptions(VocabularyJsonContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The reviewed vocabulary a run uses, relative to the taxonomy folder.</summary>
    public const string DefaultFile = "vocabulary/vocabulary.json";

    /// <summary>Loads a reviewed vocabulary for <see cref="VocabularyDefinition"/>, and describes the file for the manifest.</summary>
    public static (VocabularyList List, TaxonomyFile File) Load(string path)
    {
        (VocabularyFileDto dto, byte[] bytes) = Read(path);
        string version = Required(dto.Version, path, "version");
        string name = Required(dto.Name, path, "name");
        List<CategoryDto> categories = dto.Categories ?? throw new InputException($"{path}: field 'categories' is missing");
        if (categories.Count == 0)
        {
            throw new InputException($"{path}: field 'categories' is empty");
        }

        var vocabularies = new List<CategoryVocabulary>();
        for (int i = 0; i < categories.Count; i++)
        {
            CategoryDto c = categories[i];
            string category = Required(c.Category, path, $"categories[{i}].category");
            List<string> terms = [.. (c.Terms ?? []).Select((t, j) => Required(t.Term, path, $"categories[{i}].terms[{j}].term"))];
            if (terms.Count == 0)
            {
                throw new InputException($"{path}: field 'categories[{i}].terms' is empty");
            }

            if (c.Threshold < 0)
            {
                throw new InputException($"{path}: field 'categories[{i}].threshold' is negative");
            }

            vocabularies.Add(new CategoryVocabulary(category, terms, c.Threshold));
        }

        var list = new VocabularyList(version, Phrases(dto, path), vocabularies);
        return (list, new TaxonomyFile(name, version, path, Convert.ToHexStringLower(SHA256.HashData(bytes))));
    }

    /// <summary>Writes the candidates of <c>aici vocab expand</c> in the vocabulary file format, for review.</summary>
    public static void WriteCandidates(string path, VocabularyCandidates candidates, IReadOnlyList<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(inputs);
        VocabularyParameters p = candidates.Parameters;
        var dto = new VocabularyFileDto
        {
            Name = "vocabulary",
            Version = "0.0.0-candidates",
            Description = "Candidates of the 2020 vocabulary method (aici vocab expand), not yet reviewed.",
            Corpus = new CorpusDto { Papers = candidates.Papers, VectorTerms = candidates.VectorTerms, Inputs = [.. inputs] },
            Parameters = new ParametersDto
            {
                PhrasePasses = p.PhrasePasses,
                PhraseMinCount = p.PhraseMinCount,
                PhraseThreshold = p.PhraseThreshold,
                SalientMinCountPerPaper = p.SalientMinCountPerPaper,
                SalientMinCountFloor = p.SalientMinCountFloor,
                SalientMinCount = p.SalientMinCount,
                SalientTop = p.SalientTop,
                VectorMinCount = p.VectorMinCount,
                Window = p.Window,
                ExpansionTop = p.ExpansionTop,
                VectorRank = p.VectorRank,
                ExpansionSimilarity = p.ExpansionSimilarity,
            },
            Categories = [.. candidates.Categories.Select(Category)],
            Phrases = [.. candidates.Phrases.Passes.Select(pass => pass.Pairs.Select(pair => pair.Key.First + " " + pair.Key.Second).ToList())],
        };
        Write(path, dto);
    }

    /// <summary>
    /// Recomputes the thresholds (and their statistics) of a reviewed file for its current terms on a corpus, with
    /// the file's own phrase model, and writes the result to <paramref name="outPath"/> (which may be the same file).
    /// </summary>
    public static IReadOnlyList<(string Category, CategoryThreshold Threshold)> Refit(string path, IReadOnlyList<CorpusText> corpus, string outPath)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        (VocabularyFileDto dto, _) = Read(path);
        PhraseModel phrases = Phrases(dto, path);
        IReadOnlyList<CorpusPaper> papers = VocabularyBuilder.Apply(phrases, corpus);
        var thresholds = new List<(string, CategoryThreshold)>();
        foreach (CategoryDto c in dto.Categories ?? throw new InputException($"{path}: field 'categories' is missing"))
        {
            var core = new CoreCategory(Required(c.Category, path, "categories[].category"), c.K);
            if (!papers.Any(p => p.IsIn(core.Category)) || papers.All(p => p.IsIn(core.Category)))
            {
                throw new InputException($"{path}: the corpus needs papers both inside and outside {core.Category} to fit its threshold");
            }

            CategoryThreshold t = VocabularyBuilder.Threshold(papers, core, (c.Terms ?? []).Select(x => Required(x.Term, path, $"{core.Category} terms[].term")));
            SetThreshold(c, t);
            thresholds.Add((core.Category, t));
        }

        if (dto.Corpus is not null)
        {
            dto.Corpus.Papers = papers.Count;
        }

        Write(outPath, dto);
        return thresholds;
    }

    private static CategoryDto Category(CategoryCandidates c)
    {
        var dto = new CategoryDto
        {
            Category = c.Category.Category,
            K = c.Category.K,
            SalientMinCount = c.SalientMinCount,
            Terms =
            [
                .. c.Salient.Select(s => new TermDto { Term = s.Term, Source = "salient", Count = s.InCategory, ArchiveCount = s.InArchive, Ratio = Round(s.Ratio) }),
                .. c.Similar.Where(s => s.Similarity > c.SimilarityCutOff).Select(Similar),
            ],
            BelowCutOff = [.. c.Similar.Where(s => s.Similarity <= c.SimilarityCutOff).Select(Similar)],
        };
        SetThreshold(dto, c.Threshold);
        return dto;
    }

    private static TermDto Similar(SimilarTerm s) => new() { Term = s.Term, Source = "similar", Count = s.Count, Similarity = Round(s.Similarity) };

    private static void SetThreshold(CategoryDto dto, CategoryThreshold t)
    {
        dto.Threshold = t.Threshold;
        dto.PapersIn = t.PapersIn;
        dto.PapersOut = t.PapersOut;
        dto.MeanIn = Round(t.MeanIn);
        dto.MeanOut = Round(t.MeanOut);
        dto.StdOut = Round(t.StdOut);
        dto.Critical = Round(t.Critical);
    }

    private static double Round(double x) => Math.Round(x, 4);

    private static PhraseModel Phrases(VocabularyFileDto dto, string path)
    {
        var passes = new List<PhrasePass>();
        foreach ((List<string> pass, int i) in (dto.Phrases ?? []).Select((p, i) => (p, i)))
        {
            var pairs = new List<KeyValuePair<(string, string), double>>(pass.Count);
            foreach (string pair in pass)
            {
                string[] words = pair.Split(' ');
                if (words.Length != 2 || words[0].Length == 0 || words[1].Length == 0)
                {
                    throw new InputException($"{path}: field 'phrases[{i}]': '{pair}' is not two tokens separated by one space");
                }

                pairs.Add(KeyValuePair.Create((words[0], words[1]), 0d));
            }

            passes.Add(new PhrasePass(pairs));
        }

        return new PhraseModel(passes);
    }

    private static (VocabularyFileDto Dto, byte[] Bytes) Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot read vocabulary file ({e.Message})", e);
        }

        try
        {
            VocabularyFileDto dto = JsonSerializer.Deserialize(bytes, VocabularyJsonContext.Default.VocabularyFileDto)
                ?? throw new InputException($"{path}: the vocabulary file is empty (null)");
            return (dto, bytes);
        }
        catch (JsonException e)
        {
            throw new InputException($"{path}:{(e.LineNumber ?? 0) + 1}: invalid JSON in vocabulary file: {e.Message}", e);
        }
    }

    private static void Write(string path, VocabularyFileDto dto)
    {
        string full = Path.GetFullPath(path);
        string? directory = Path.GetDirectoryName(full);
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        string partial = full + ".partial";
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(dto, Writing.VocabularyFileDto);
        File.WriteAllBytes(partial, [.. json, (byte)'\n']);
        File.Move(partial, full, overwrite: true);
    }

    private static string Required(string? value, string path, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new InputException($"{path}: field '{field}' is missing or empty") : value;
}
