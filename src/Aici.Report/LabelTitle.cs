namespace Aici.Report;

/// <summary>How the report names a label: "gan" → "GANs", "style_transfer" → "style transfer".</summary>
internal static class LabelTitle
{
    public static string Of(string label) => label switch
    {
        "gan" => "GANs",
        "style_transfer" => "style transfer",
        "diffusion" => "diffusion models",
        "vae" => "VAEs",
        "transformer" => "transformers",
        "llm" => "LLMs",
        "reinforcement_learning" => "reinforcement learning",
        "neural_rendering" => "neural rendering",
        "ai" => "AI",
        "any" => "any modality",
        _ => label.Replace('_', ' '),
    };

    /// <summary>With a capital first letter, for headings and column heads.</summary>
    public static string Capitalised(string label)
    {
        string title = Of(label);
        return title.Length == 0 ? title : char.ToUpperInvariant(title[0]) + title[1..];
    }
}
