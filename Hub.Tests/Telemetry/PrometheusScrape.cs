using System.Globalization;
using System.Net;

namespace Hub.Tests.Telemetry;

/// <summary>
/// One scrape of /metrics, parsed from the Prometheus text format: each sample by its metric name and labels.
/// Tests compare two scrapes, so whatever else the server counted before does not matter.
/// </summary>
public sealed class PrometheusScrape
{
    private readonly List<(string Name, Dictionary<string, string> Labels, double Value)> _samples;

    private PrometheusScrape(string text, List<(string, Dictionary<string, string>, double)> samples)
    {
        Text = text;
        _samples = samples;
    }

    public string Text { get; }

    public static async Task<PrometheusScrape> TakeAsync(HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var response = await http.GetAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        return Parse(await response.Content.ReadAsStringAsync());
    }

    public static PrometheusScrape Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var samples = new List<(string, Dictionary<string, string>, double)>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var labels = new Dictionary<string, string>(StringComparer.Ordinal);
            string name;
            string rest;
            var brace = line.IndexOf('{', StringComparison.Ordinal);
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (brace >= 0 && brace < space)
            {
                name = line[..brace];
                var end = ReadLabels(line, brace + 1, labels);
                rest = line[(end + 1)..].Trim();
            }
            else
            {
                name = line[..space];
                rest = line[(space + 1)..].Trim();
            }

            // The value, then perhaps a timestamp.
            var value = rest.Split(' ')[0];
            samples.Add((name, labels, value switch
            {
                "+Inf" => double.PositiveInfinity,
                "-Inf" => double.NegativeInfinity,
                "NaN" => double.NaN,
                _ => double.Parse(value, CultureInfo.InvariantCulture),
            }));
        }

        return new PrometheusScrape(text, samples);
    }

    /// <summary>The sum of the samples named <paramref name="name"/> whose labels include <paramref name="labels"/>; 0 when there are none yet.</summary>
    public double Value(string name, params (string Label, string Value)[] labels) =>
        _samples.Where(s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l.Label, out var v) && v == l.Value)).Sum(s => s.Value);

    /// <summary>Whether a metric of that name appears at all (a # TYPE line or a sample).</summary>
    public bool Has(string name) => _samples.Any(s => s.Name == name) || Text.Contains($"# TYPE {name} ", StringComparison.Ordinal);

    /// <summary>The label sets of the samples named <paramref name="name"/>, for messages when an assertion fails.</summary>
    public string Describe(string name) => string.Join("\n", _samples.Where(s => s.Name == name).Select(s => $"{{{string.Join(",", s.Labels.Select(l => $"{l.Key}=\"{l.Value}\""))}}} {s.Value}"));

    // name="value",name="value"} with \", \\ and \n escaped inside values; returns the index of the closing brace.
    private static int ReadLabels(string line, int index, Dictionary<string, string> labels)
    {
        while (line[index] != '}')
        {
            var equals = line.IndexOf('=', index);
            var label = line[index..equals].Trim().Trim(',');
            var value = new System.Text.StringBuilder();
            var i = equals + 2;
            for (; line[i] != '"'; i++)
            {
                if (line[i] == '\\')
                {
                    i++;
                    value.Append(line[i] == 'n' ? '\n' : line[i]);
                }
                else
                {
                    value.Append(line[i]);
                }
            }

            labels[label] = value.ToString();
            index = i + 1;
            if (line[index] == ',')
            {
                index++;
            }
        }

        return index;
    }
}
