using System.Diagnostics;
using MySqlConnector;

namespace Hub.Tests.Infrastructure;

/// <summary>
/// A MariaDB server of one test's own (Debian's mariadbd, installed by .ci/mariadb.sh), with its data in a temporary
/// directory and on a free loopback port, so that the test can kill it (SIGKILL, as a crash looks to its clients)
/// and start it again on the same data without disturbing the server the other tests share. It runs with
/// --skip-grant-tables: nothing but the test ever reaches it.
/// </summary>
public sealed class PrivateMariaDbServer : IAsyncDisposable
{
    private static readonly string[] ToolDirectories = ["/usr/sbin/", "/usr/bin/", "/usr/local/sbin/", "/usr/local/bin/"];
    private readonly string _directory;
    private Process? _process;

    private PrivateMariaDbServer(string directory, int port)
    {
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => $"Server=127.0.0.1;Port={Port};User ID=root;AllowUserVariables=True";

    public static async Task<PrivateMariaDbServer> StartAsync()
    {
        await MariaDbServer.EnsureRunningAsync();
        var directory = Directory.CreateTempSubdirectory("datahub-private-mariadb-").FullName;
        await RunAsync(Tool("mariadb-install-db", "mysql_install_db"), $"--no-defaults --datadir={directory}/data --skip-test-db --user=root --auth-root-authentication-method=normal");
        var server = new PrivateMariaDbServer(directory, RedisServer.FreeLoopbackPort());
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Starts the server on its data and port, and waits until it takes connections.</summary>
    public async Task StartAgainAsync()
    {
        if (_process is { HasExited: false })
        {
            return;
        }

        _process = Process.Start(new ProcessStartInfo(Tool("mariadbd", "mysqld"),
            $"--no-defaults --datadir={_directory}/data --port={Port} --bind-address=127.0.0.1 --socket={_directory}/mysqld.sock " +
            $"--pid-file={_directory}/mysqld.pid --user=root --skip-grant-tables --skip-log-bin --innodb-buffer-pool-size=64M " +
            $"--log-error={_directory}/mysqld.log --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("mariadbd did not start.");

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                await using var connection = new MySqlConnection(ConnectionString + ";Pooling=false");
                await connection.OpenAsync();
                return;
            }
            catch (MySqlException) when (DateTime.UtcNow < deadline && !_process.HasExited)
            {
                await Task.Delay(100);
            }
            catch (MySqlException) when (_process.HasExited)
            {
                throw new InvalidOperationException($"mariadbd exited: {await File.ReadAllTextAsync($"{_directory}/mysqld.log")}");
            }
        }
    }

    /// <summary>Kills the server at once (SIGKILL): open connections break, new ones are refused.</summary>
    public async Task KillAsync()
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

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new MySqlConnection(ConnectionString + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new MySqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        Directory.Delete(_directory, recursive: true);
    }

    private static string Tool(params string[] names) =>
        names.SelectMany(name => ToolDirectories.Select(dir => dir + name)).FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException($"None of {string.Join(", ", names)} is installed; .ci/mariadb.sh installs mariadb-server.");

    private static async Task RunAsync(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException($"{file} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}): {await output}{await error}");
        }
    }
}
