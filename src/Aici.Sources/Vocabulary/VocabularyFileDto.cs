using System.Text.Json.Serialization;

namespace Aici.Sources.Vocabulary;

/// <summary>A vocabulary file (<c>taxonomy/vocabulary/*.json</c>, format in docs/vocabulary.md) as stored.</summary>
internal sealed class VocabularyFileDto
{
    public string? Name { get; set; }

    public string? Version { get; set; }

    public string? Description { get; set; }

    public CorpusDto? Corpus { get; set; }

    public ParametersDto? Parameters { get; set; }

    public List<CategoryDto>? Categories { get; set; }

    /// <summary>The phrase model: one list per pass, each pair written "first second".</summary>
    public List<List<string>>? Phrases { get; set; }
}

internal sealed class CorpusDto
{
    public int Papers { get; set; }

    public int VectorTerms { get; set; }

    public List<string>? Inputs { get; set; }
}

internal sealed class ParametersDto
{
    public int PhrasePasses { get; set; }

    public int PhraseMinCount { get; set; }

    public double PhraseThreshold { get; set; }

    public double SalientMinCountPerPaper { get; set; }

    public long SalientMinCountFloor { get; set; }

    public long? SalientMinCount { get; set; }

    public int SalientTop { get; set; }

    public int VectorMinCount { get; set; }

    public int Window { get; set; }

    public int ExpansionTop { get; set; }

    public int VectorRank { get; set; }

    public double ExpansionSimilarity { get; set; }
}

internal sealed class CategoryDto
{
    public string? Category { get; set; }

    public double K { get; set; }

    /// <summary>The minimum count a salient term needed in this category.</summary>
    public long SalientMinCount { get; set; }

    /// <summary>A paper outside the category with more than this many distinct terms is AI.</summary>
    public int Threshold { get; set; }

    public int PapersIn { get; set; }

    public int PapersOut { get; set; }

    public double MeanIn { get; set; }

    public double MeanOut { get; set; }

    public double StdOut { get; set; }

    public double Critical { get; set; }

    public List<TermDto>? Terms { get; set; }

    /// <summary>Similar terms at or below the cut-off: shown for review, not counted.</summary>
    public List<TermDto>? BelowCutOff { get; set; }

    /// <summary>Terms the review removed, each with its reason.</summary>
    public List<TermDto>? Dropped { get; set; }
}

internal sealed class TermDto
{
    public string? Term { get; set; }

    /// <summary>"salient", "similar" or "review" (added by a reviewer).</summary>
    public string? Source { get; set; }

    public long? Count { get; set; }

    public long? ArchiveCount { get; set; }

    public double? Ratio { get; set; }

    public double? Similarity { get; set; }

    public string? Reason { get; set; }
}

/// <summary>Source-generated JSON metadata for the vocabulary file.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(VocabularyFileDto))]
internal sealed partial class VocabularyJsonContext : JsonSerializerContext;
