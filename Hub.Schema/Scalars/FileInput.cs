using Hub.Schema.Errors;

namespace Hub.Schema.Scalars;

/// <summary>
/// The file of an import's input: an <see cref="UploadedFile"/> in <c>file</c> (a multipart request) or base64 in
/// <c>content</c> for small files, exactly one of them, and its name (<c>fileName</c>, else the uploaded part's).
/// </summary>
internal static class FileInput
{
    public static Stream Open(Dictionary<string, object?> input, out string fileName)
    {
        ArgumentNullException.ThrowIfNull(input);
        var file = input.GetValueOrDefault("file") as UploadedFile;
        var base64 = input.GetValueOrDefault("content") as string;
        if ((file is null) == (base64 is null))
        {
            throw new HubUserInputException(file is null
                ? "Send the file in exactly one of \"input.file\" (an upload) and \"input.content\" (base64); neither was given."
                : "Send the file in exactly one of \"input.file\" (an upload) and \"input.content\" (base64), not both.");
        }

        fileName = input.GetValueOrDefault("fileName") as string ?? file?.FileName
            ?? throw new HubUserInputException("The file has no name (argument \"input.fileName\"); name it so that its extension says what it is.");
        if (file is not null)
        {
            return file.OpenRead();
        }

        try
        {
            return new MemoryStream(Convert.FromBase64String(base64!), writable: false);
        }
        catch (FormatException)
        {
            throw new HubUserInputException("The content is not base64 (argument \"input.content\").");
        }
    }
}
