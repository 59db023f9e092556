using System.Net.Http.Headers;
using System.Text;

namespace Hub.Tests.ServerSentEvents;

/// <summary>
/// Reads a <c>text/event-stream</c> response body as the HTML standard's event-stream interpretation does
/// (fields up to a blank line, comment lines starting with a colon), keeping comments too so that tests can see
/// the keep-alives.
/// </summary>
public sealed class ServerSentEventReader(HttpResponseMessage response) : IDisposable
{
    private StreamReader? _reader;

    public HttpResponseMessage Response { get; } = response;

    public static async Task<ServerSentEventReader> OpenAsync(HttpClient http, HttpRequestMessage request, CancellationToken cancellationToken = default)
    {
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        return new ServerSentEventReader(response);
    }

    /// <summary>The next event or comment; null when the response ended.</summary>
    public async Task<ServerSentEvent?> ReadAsync(CancellationToken cancellationToken)
    {
        _reader ??= new StreamReader(await Response.Content.ReadAsStreamAsync(cancellationToken), Encoding.UTF8);
        string? eventName = null;
        StringBuilder? data = null;
        var comment = false;
        while (await _reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                if (eventName is not null || data is not null || comment)
                {
                    return new ServerSentEvent(eventName, data?.ToString(), comment && eventName is null && data is null);
                }

                continue;
            }

            if (line[0] == ':')
            {
                comment = true;
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? string.Empty : line[(colon + 1)..].TrimStart(' ');
            if (field == "event")
            {
                eventName = value;
            }
            else if (field == "data")
            {
                data = data is null ? new StringBuilder(value) : data.Append('\n').Append(value);
            }
        }

        return null;
    }

    /// <summary>The next event that is not a keep-alive comment; null when the response ended.</summary>
    public async Task<ServerSentEvent?> ReadEventAsync(CancellationToken cancellationToken)
    {
        while (await ReadAsync(cancellationToken) is { } message)
        {
            if (!message.IsComment)
            {
                return message;
            }
        }

        return null;
    }

    /// <summary>Closes the response; a body never read is closed too, which is how an HTTP/1.1 client leaves a stream.</summary>
    public void Dispose()
    {
        if (_reader is null)
        {
            try
            {
                Response.Content.ReadAsStream().Dispose();
            }
            catch (InvalidOperationException)
            {
                // Already read as a whole (an error answer).
            }
        }

        _reader?.Dispose();
        Response.Dispose();
    }
}
