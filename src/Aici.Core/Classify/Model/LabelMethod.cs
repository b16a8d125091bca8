namespace Aici.Core.Classify.Model;

/// <summary>How a label is decided from a paper's text, chosen per label on the training split.</summary>
public enum LabelMethod
{
    /// <summary>The model's probability reaches the label's threshold.</summary>
    Model,

    /// <summary>The taxonomy's phrase rules.</summary>
    Phrases,

    /// <summary>The model or the phrase rules.</summary>
    Either,

    /// <summary>The model and the phrase rules.</summary>
    Both,
}
