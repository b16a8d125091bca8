using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

using Aici.Core.Classify.Definitions;
using Aici.Sources.Parallel;

namespace Aici.Cli.Commands.Classify;

/// <summary>
/// One worker of <c>aici classify</c>: loads each record into its own analysis buffer, labels it, writes its line.
/// A record that carries no label (most of them) is written from a template, without the JSON writer.
/// </summary>
internal sealed class ClassifyWorker(ResearchLabeller labeller, bool textOnly) : IRecordWorker, IDisposable
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private readonly PaperAnalysis _analysis = labeller.NewAnalysis();
    private readonly LabelledPaperJson _writer = new();
    private Utf8JsonWriter? _json;

    public void Process(TextRecord record, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(output);
        _analysis.Load(record.Title, record.Abstract, record.HasAbstract);
        if (!textOnly)
        {
            for (int i = 0; i < record.CategoryCount; i++)
            {
                _analysis.AddCategory(record.Category(i));
            }
        }

        LabelledPaper labels = labeller.Label(_analysis);
        if (LabelledPaperJson.TryWriteUnlabelled(output, record.Id, labels))
        {
            return;
        }

        if (_json is null)
        {
            _json = new Utf8JsonWriter(output, Options);
        }
        else
        {
            _json.Reset(output);
        }

        _writer.Write(_json, record.Id, labels);
        _json.Flush();
        output.Write("\n"u8);
    }

    public void Dispose() => _json?.Dispose();
}
