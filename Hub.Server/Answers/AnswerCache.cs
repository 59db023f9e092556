using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using Hub.Data.Indicators;
using Hub.Schema.Access;
using Hub.Server.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Hub.Server.Answers;

/// <summary>
/// Whole answers of queries, kept under the data version (<see cref="RollupVersions.ReadDataVersionAsync"/>) they
/// were computed at, as Cube keeps query results under refresh keys. Every change saved through the hub moves that
/// version in the same transaction as the change, on whichever instance or command-line verb made it, so a kept
/// answer is served only while it is still exactly what executing the query would give: the lookup reads the version
/// (one small statement) before anything else, and a miss executes and keeps its answer under the version read
/// before the execution began, never a later one. Only successful queries are kept, per caller
/// (<see cref="AnswerKey"/>), in memory bounded by <see cref="AnswerCacheOptions.MaxMegabytes"/>.
/// </summary>
internal sealed class AnswerCache : IDisposable
{
    private readonly AnswerCacheOptions _options;
    private readonly MemoryCache _answers;

    public AnswerCache(IOptions<AnswerCacheOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _answers = new MemoryCache(new MemoryCacheOptions { SizeLimit = (long)_options.MaxMegabytes * 1024 * 1024 });
    }

    public bool Enabled => _options.Enabled && _options.MaxAgeSeconds > 0;

    /// <summary>
    /// Looks the request up; null when the cache is off, the request names no document, or it asks for a fresh
    /// answer (<c>Cache-Control: no-cache</c> or <c>no-store</c>, as a browser's hard reload sends): such a request is
    /// executed as if there were no cache, and its answer is not kept.
    /// </summary>
    public async Task<AnswerLookup?> LookupAsync(HttpContext context, GraphQLRequest request, RollupVersions versions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(versions);
        if (!Enabled || AsksForFreshAnswer(context.Request) || (request.Query ?? request.DocumentId) is not { } document)
        {
            return null;
        }

        var key = new AnswerKey(
            document,
            request.OperationName,
            request.Variables is { Count: > 0 } variables ? JsonSerializer.Serialize<IReadOnlyDictionary<string, object?>>(variables) : "",
            HubCaller.From(context.User),
            $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}");
        var version = await versions.ReadDataVersionAsync(cancellationToken);
        // An entry past MaxAgeSeconds is expired by the MemoryCache itself and not found.
        var hit = _answers.TryGetValue(key, out CachedAnswer? kept) && kept!.Version == version ? kept : null;
        return new AnswerLookup(key, version, hit);
    }

    /// <summary>
    /// Keeps a successful query's answer and returns it, or returns null when the result
    /// is not one to keep: a mutation, any error, an extension other than the statement count, or too large.
    /// </summary>
    public async Task<CachedAnswer?> KeepAsync(AnswerLookup lookup, GraphQLRequest request, ExecutionResult result, HttpContext context, IGraphQLSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(serializer);
        if (result.Operation?.Operation != OperationType.Query
            || !result.Executed
            || result.Errors is { Count: > 0 }
            || result.Extensions?.Keys.Any(k => k != AnswerBody.StatementsExtension) == true)
        {
            return null;
        }

        var body = await AnswerBody.SerializeAsync(result, serializer, context.RequestAborted);
        if (body.Length > _options.MaxAnswerKilobytes * 1024)
        {
            return null;
        }

        var answer = new CachedAnswer(lookup.Version, body, PublicListingCache.IsCacheable(context, request, result));
        // The key's strings count too: a long document asked with many variable sets is kept once per set.
        var size = body.Length + (2 * (lookup.Key.Document.Length + lookup.Key.Variables.Length)) + 256;
        _answers.Set(lookup.Key, answer, new MemoryCacheEntryOptions { Size = size, AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(_options.MaxAgeSeconds) });
        return answer;
    }

    private static bool AsksForFreshAnswer(HttpRequest request) =>
        (CacheControlHeaderValue.TryParse(request.Headers.CacheControl.ToString(), out var control) && (control.NoCache || control.NoStore))
        || request.Headers.Pragma.Any(p => string.Equals(p, "no-cache", StringComparison.OrdinalIgnoreCase));

    public void Dispose() => _answers.Dispose();
}
