namespace Aici.Core.Classify.Definitions;

/// <summary>How a definition decides the labels the model knows besides <c>ai</c> (image, sound, text).</summary>
public enum ModalityMode
{
    /// <summary>The foundation's rule: a listed category, or the phrases.</summary>
    CategoriesOrPhrases,

    /// <summary>The phrases alone; categories ignored.</summary>
    Phrases,

    /// <summary>The text method chosen per label on the training split (model, phrases, either, both); categories ignored.</summary>
    Text,

    /// <summary>A listed category, or the chosen text method.</summary>
    CategoriesOrText,
}
