namespace Aici.Report;

/// <summary>
/// How the report names a label: "gan" → "GANs", "style_transfer" → "style transfer", a creative domain by its DCMS
/// sub-sector ("museums_galleries_libraries" → "museums, galleries &amp; libraries").
/// </summary>
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
        "3d" => "3D",
        "advertising_marketing" => "advertising & marketing",
        "design_fashion" => "design & designer fashion",
        "film_tv_radio_photography" => "film, TV, video, radio & photography",
        "museums_galleries_libraries" => "museums, galleries & libraries",
        "music_performing_visual_arts" => "music, performing & visual arts",
        _ => label.Replace('_', ' '),
    };

    /// <summary>With a capital first letter, for headings and column heads.</summary>
    public static string Capitalised(string label)
    {
        string title = Of(label);
        return title.Length == 0 ? title : char.ToUpperInvariant(title[0]) + title[1..];
    }
}
