using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using StackExchange.Redis;

namespace Hub.Tests.Infrastructure;

/// <summary>
/// A real redis-server process of the test's own, on a free 127.0.0.1 port, without persistence. It can be stopped
/// and started again on the same port to play a Redis outage. The binary comes from .ci/redis.sh (apt-get when
/// missing), run once per test run like .ci/mariadb.sh; HUB_TEST_REDIS_SERVER names another binary instead.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private static readonly Lazy<Task<string>> Binary = new(FindBinaryAsync);
    private static readonly string[] InstalledAt = ["/usr/bin/redis-server", "/usr/sbin/redis-server", "/usr/local/bin/redis-server"];
    private readonly string _binary;
    private readonly string _directory;
    private Process? _process;

    private RedisServer(string binary, int port)
    {
        _binary = binary;
        Port = port;
        _directory = Directory.CreateTempSubdirectory("datahub-redis-").FullName;
    }

    public int Port { get; }

    /// <summary>The StackExchange.Redis configuration string a hub sets as Hub:ActivityFeed:Redis.</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Starts a server on <paramref name="port"/>, or on a free port when none is given.</summary>
    public static async Task<RedisServer> StartAsync(int? port = null)
    {
        var binary = await Binary.Value;
        // Another process may take a free port between the probe and redis-server's bind: try a few.
        for (var attempt = 1; ; attempt++)
        {
            var server = new RedisServer(binary, port ?? FreeLoopbackPort());
            try
            {
                await server.StartAgainAsync();
                return server;
            }
            catch (InvalidOperationException) when (port is null && attempt < 3)
            {
                await server.DisposeAsync();
            }
        }
    }

    /// <summary>An unused loopback port with nothing listening on it (for a hub whose Redis is not there).</summary>
    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Kills the server at once, as a crash or a network cut would look to its clients.</summary>
    public async Task StopAsync()
    {
        if (_process is not { } process)
        {
            return;
        }

        _process = null;
        if (!process.HasExited)
        {
            process.Kill();
        }

        await process.WaitForExitAsync();
        process.Dispose();
    }

    /// <summary>Starts the server (again) on the same port and waits until it answers PING.</summary>
    public async Task StartAgainAsync()
    {
        if (IsRunning)
        {
            throw new InvalidOperationException($"redis-server is already running on port {Port}.");
        }

        var startInfo = new ProcessStartInfo(_binary) { UseShellExecute = false, WorkingDirectory = _directory };
        foreach (var argument in new[]
                 {
                     "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
                     "--save", string.Empty, "--appendonly", "no", "--daemonize", "no", "--dir", _directory,
                     "--logfile", Path.Combine(_directory, "redis.log"),
                 })
        {
            startInfo.ArgumentList.Add(argument);
        }

        _process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {_binary}.");
        var deadline = Stopwatch.StartNew();
        while (!await AnswersPingAsync())
        {
            if (_process.HasExited || deadline.Elapsed > TimeSpan.FromSeconds(15))
            {
                var log = File.Exists(Path.Combine(_directory, "redis.log")) ? await File.ReadAllTextAsync(Path.Combine(_directory, "redis.log")) : "";
                await StopAsync();
                throw new InvalidOperationException($"redis-server did not answer on 127.0.0.1:{Port}:\n{log}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>How many connections are subscribed to <paramref name="channel"/> (PUBSUB NUMSUB), as Redis sees it.</summary>
    public async Task<long> SubscriberCountAsync(string channel)
    {
        await using var connection = await ConnectAsync();
        return await connection.GetServer(Configuration).SubscriptionSubscriberCountAsync(RedisChannel.Literal(channel));
    }

    /// <summary>Publishes <paramref name="message"/> as any Redis client could; returns how many subscribers Redis handed it to.</summary>
    public async Task<long> PublishAsync(string channel, string message)
    {
        await using var connection = await ConnectAsync();
        return await connection.GetSubscriber().PublishAsync(RedisChannel.Literal(channel), message);
    }

    /// <summary>The names of the connected clients (CLIENT LIST), leaving out the connection that asks.</summary>
    public async Task<IReadOnlyList<string>> ClientNamesAsync()
    {
        await using var connection = await ConnectAsync();
        var clients = await connection.GetServer(Configuration).ClientListAsync();
        return clients.Select(c => c.Name ?? "").Where(n => n != "datahub-tests").ToList();
    }

    /// <summary>Waits (at most <paramref name="timeout"/>) until <paramref name="condition"/> holds of Redis.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = Stopwatch.StartNew();
        while (!await condition())
        {
            if (deadline.Elapsed > timeout)
            {
                throw new TimeoutException($"Not within {timeout}: {what}");
            }

            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temporary directory behind.
        }
    }

    private Task<ConnectionMultiplexer> ConnectAsync() =>
        ConnectionMultiplexer.ConnectAsync(new ConfigurationOptions
        {
            EndPoints = { { IPAddress.Loopback, Port } },
            AllowAdmin = true,
            ClientName = "datahub-tests",
            ConnectTimeout = 2000,
        });

    private async Task<bool> AnswersPingAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(2));
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception exception) when (exception is SocketException or IOException or TimeoutException)
        {
            return false;
        }
    }

    private static async Task<string> FindBinaryAsync()
    {
        if (Environment.GetEnvironmentVariable("HUB_TEST_REDIS_SERVER") is { Length: > 0 } configured)
        {
            return configured;
        }

        // The first run may install redis-server with apt-get.
        await ChildProcess.RunAsync("bash", [Repository.PathOf(".ci", "redis.sh")], Repository.Root, TimeSpan.FromMinutes(10));
        return InstalledAt.FirstOrDefault(File.Exists) ?? "redis-server";
    }
}
