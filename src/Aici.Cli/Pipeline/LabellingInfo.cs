using Aici.Core.Run;
using Aici.Store;

namespace Aici.Cli.Pipeline;

/// <summary>
/// What a store's labels were made with: the AI definition (name, and with versions), the definitions compared in
/// the sensitivity table (in the order of their packed bits), the taxonomy files and the models. Kept in the store's
/// settings, so that <c>aici merge</c> reports what the shards were built with.
/// </summary>
internal sealed record LabellingInfo(
    string Definition,
    string DefinitionVersion,
    IReadOnlyList<string> Compared,
    IReadOnlyList<TaxonomyFile> Taxonomies,
    IReadOnlyList<TaxonomyFile> Models)
{
    public void Save(PaperStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        store.SetSetting("ai_definition", Definition);
        store.SetSetting("ai_definition_version", DefinitionVersion);
        store.SetSetting("compared_definitions", string.Join(' ', Compared));
        store.SetSetting("taxonomies", TaxonomySetting.Write(Taxonomies));
        store.SetSetting("models", TaxonomySetting.Write(Models));
    }

    public static LabellingInfo Read(PaperStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        string definition = store.Setting("ai_definition") ?? "";
        return new LabellingInfo(
            definition,
            store.Setting("ai_definition_version") ?? definition,
            (store.Setting("compared_definitions") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries),
            TaxonomySetting.Read(store.Setting("taxonomies")),
            TaxonomySetting.Read(store.Setting("models")));
    }
}
