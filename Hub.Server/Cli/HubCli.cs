using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Hub.Server.Cli;

/// <summary>
/// What one run of a verb is given: the services of the configured host, built on first use (so that a usage error,
/// help or a refused argument builds nothing and touches no database), and the writers it reports to.
/// </summary>
public sealed class HubCliContext(Func<IServiceProvider> services, TextWriter output, TextWriter error)
{
    private IServiceProvider? _services;

    public IServiceProvider Services => _services ??= services();

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;
}

/// <summary>A verb of Hub.Server: a command whose help ends with <see cref="Notes"/>, the verb's longer explanation.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1010", Justification = "Command is enumerable only for its collection initializer.")]
public sealed class HubVerb(string name, string description) : Command(name, description)
{
    public string? Notes { get; set; }
}

/// <summary>
/// The command line of Hub.Server (<c>dotnet Hub.Server.dll [host options] [verb …]</c>). Without a verb, or with only host
/// options (<c>--urls</c>, <c>--environment</c>, <c>--Hub:…=…</c> configuration switches), the server runs; otherwise
/// System.CommandLine parses the verb, and an unknown verb or option, or a bad value, is a usage error (exit 64) that
/// builds no host.
/// </summary>
public static class HubCli
{
    public const string Name = "Hub.Server";

    /// <summary>Done.</summary>
    public const int Ok = 0;

    /// <summary>A check found what it looks for (verify-rollups: a cell differs).</summary>
    public const int CheckFailed = 1;

    /// <summary>The input was refused: nothing was stored (a bad import file, a database that already has data, an unknown key).</summary>
    public const int Refused = 2;

    /// <summary>The command line makes no command (EX_USAGE).</summary>
    public const int UsageError = 64;

    /// <summary>Host settings the server reads from its command line, as ASP.NET's command-line configuration takes them.</summary>
    private static readonly HashSet<string> HostKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "urls", "environment", "contentRoot", "applicationName", "webroot", "http_ports", "https_ports",
        "hostingStartupAssemblies", "hostingStartupExcludeAssemblies", "preventHostingStartup", "detailedErrors",
        "captureStartupErrors", "shutdownTimeoutSeconds", "suppressStatusMessages", "AllowedHosts",
        // Configuration sections: --Hub:Database:Provider=MySql, --ConnectionStrings:Hub "…", --Logging:LogLevel:Default=Debug.
        "Hub", "ConnectionStrings", "Logging", "Kestrel",
    };

    private static readonly string[] Footer =
    [
        "Without a verb Hub.Server runs the server. Host options come before a verb: --urls <urls>, --environment <name>,",
        "--contentRoot <folder>, and configuration switches such as --Hub:Database:Provider=MySql or --ConnectionStrings:Hub \"…\".",
        "",
        "Exit codes: 0 done, 1 a check failed (verify-rollups found a differing cell), 2 refused input (nothing stored),",
        "64 usage (an unknown verb or option, a bad value).",
    ];

    /// <summary>
    /// Splits <paramref name="args"/> into the host options in front (what ASP.NET's configuration reads) and the verb's
    /// command line after them; an empty <c>Verb</c> asks for the server.
    /// </summary>
    public static (string[] Host, string[] Verb) Split(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var i = 0;
        while (i < args.Length && HostKey(args[i]) is not null)
        {
            if (args[i].Contains('=', StringComparison.Ordinal))
            {
                i++;
            }
            else if (i + 1 < args.Length)
            {
                i += 2;
            }
            else
            {
                break; // a host option without its value: the verb parser reports it
            }
        }

        return (args[..i], args[i..]);
    }

    /// <summary>
    /// The content root for a host started with <paramref name="hostArgs"/>: the server's own folder, so that its
    /// appsettings.json is read wherever it is started from, unless --contentRoot or ASPNETCORE_CONTENTROOT /
    /// DOTNET_CONTENTROOT name one.
    /// </summary>
    public static string? ContentRootFor(string[] hostArgs)
    {
        ArgumentNullException.ThrowIfNull(hostArgs);
        var explicitly = hostArgs.Any(a => string.Equals(HostKey(a), "contentRoot", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT"));
        return explicitly ? null : AppContext.BaseDirectory;
    }

    /// <summary>Every verb, each defined beside its own class.</summary>
    public static Command CreateRoot(HubCliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = new Command(Name, "The DataHub GraphQL server, and its verbs for operators.")
        {
            SchemaExport.CreateCommand(context),
            GenerateCommand.CreateCommand(context),
            ImportObservationsCommand.CreateCommand(context),
            ImportRegistryCommand.CreateCommand(context),
            ExportRegistryCommand.CreateCommand(context),
            ImportRegionsCommand.CreateCommand(context),
            DeriveObservationsCommand.CreateCommand(context),
            ApiKeysCommand.CreateCommand(context),
            RollupsCommand.CreateRebuildCommand(context),
            RollupsCommand.CreateVerifyCommand(context),
        };

        var help = new HelpOption();
        help.Action = new VerbHelpAction((HelpAction)help.Action!);
        root.Options.Add(help);

        var verb = new Argument<string?>("verb") { Arity = ArgumentArity.ZeroOrOne, Description = "the verb to explain" };
        var helpVerb = new HubVerb("help", "Lists the verbs, or explains one: help <verb>.") { verb };
        helpVerb.SetAction(parse => root.Parse(parse.GetValue(verb) is { } name ? [name, "--help"] : ["--help"]) is var helpParse && helpParse.Errors.Count > 0
            ? Report(helpParse, context.Error)
            : helpParse.Invoke(Configuration(context)));
        root.Subcommands.Add(helpVerb);
        return root;
    }

    /// <summary>Runs the verb <paramref name="args"/> name (the verb first, host options already split off) and returns its exit code.</summary>
    public static async Task<int> RunAsync(string[] args, HubCliContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var parse = CreateRoot(context).Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not VerbHelpAction)
        {
            return Report(parse, context.Error);
        }

        return await parse.InvokeAsync(Configuration(context));
    }

    /// <summary>Runs one verb's command line in process (the verb first), as the tests and the verb classes' RunAsync do.</summary>
    public static Task<int> RunAsync(string verb, IServiceProvider services, string[] args, TextWriter? output, TextWriter? error)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        if (args is not [var first, ..] || first != verb)
        {
            throw new ArgumentException($"The arguments of {verb} start with \"{verb}\".", nameof(args));
        }

        return RunAsync(args, new HubCliContext(() => services, output ?? Console.Out, error ?? Console.Error));
    }

    /// <summary>A value of an option that names the option, the value and the rule: <c>--months takes a whole number above 0, not "0".</c></summary>
    public static string Refusal(OptionResult option, string rule) =>
        $"{option.IdentifierToken?.Value ?? option.Option.Name} takes {rule}, not \"{string.Join(' ', option.Tokens.Select(t => t.Value))}\".";

    /// <summary>
    /// A verb's input file argument: <paramref name="refuseFormat"/> says why a path names no file the verb reads
    /// (null when it does); a path of the right kind that names no file is refused too, before any host is built.
    /// </summary>
    public static Argument<string> InputFile(string helpName, string description, Func<string, string?> refuseFormat) => new("file")
    {
        HelpName = helpName,
        Description = description,
        Validators =
        {
            result =>
            {
                var path = result.GetValueOrDefault<string>();
                if (refuseFormat(path) is { } refusal)
                {
                    result.AddError(refusal);
                }
                else if (!File.Exists(path))
                {
                    result.AddError($"No file \"{path}\".");
                }
            },
        },
    };

    /// <summary>An option that takes a whole number above 0.</summary>
    public static Option<int?> PositiveNumber(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "N",
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
            {
                return number;
            }

            result.AddError(Refusal((OptionResult)result.Parent!, "a whole number above 0"));
            return null;
        },
    };

    /// <summary>
    /// The value of <paramref name="option"/> for a command's validator, or null when the option's own value was refused
    /// (its error is reported already; asking for the value then throws).
    /// </summary>
    public static T? ValueOrNull<T>(SymbolResult result, Option<T> option)
    {
        ArgumentNullException.ThrowIfNull(result);
        try
        {
            return result.GetValue(option);
        }
        catch (InvalidOperationException)
        {
            return default;
        }
    }

    /// <summary>Whether the value of <paramref name="option"/> was taken (no value, or one it accepts).</summary>
    public static bool Takes<T>(SymbolResult result, Option<T> option)
    {
        ArgumentNullException.ThrowIfNull(result);
        try
        {
            _ = result.GetValue(option);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static InvocationConfiguration Configuration(HubCliContext context) => new()
    {
        Output = context.Output,
        Error = context.Error,
        EnableDefaultExceptionHandler = false,
        ProcessTerminationTimeout = null,
    };

    /// <summary>Writes each problem of <paramref name="parse"/>, a suggestion for a misspelt verb or option, and the usage.</summary>
    private static int Report(ParseResult parse, TextWriter error)
    {
        var command = parse.CommandResult.Command;
        var prefix = Path(parse.CommandResult);
        var unmatched = parse.UnmatchedTokens.ToList();
        var first = true;
        foreach (var token in unmatched)
        {
            // The value after an unknown option is not a problem of its own.
            if (!first && !token.StartsWith('-'))
            {
                continue;
            }

            first = false;
            if (token.StartsWith('-'))
            {
                var options = command.Options.Concat(parse.CommandResult.Command.Parents.OfType<Command>().SelectMany(p => p.Options).Where(o => o.Recursive))
                    .Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)).Distinct().ToList();
                var message = HostKey(token) is not null
                    ? $"{prefix}: {token} is a host option: it needs a value, and it comes before a verb."
                    : $"{prefix}: unknown option {token}.";
                error.WriteLine(message + Suggestion(token, options));
            }
            else if (command.Subcommands.Count > 0)
            {
                var verbs = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
                var suggestion = Suggestion(token, verbs);
                error.WriteLine($"{prefix}: unknown {(command.Parents.Any() ? "command" : "verb")} \"{token}\".{suggestion}");
                if (suggestion.Length == 0)
                {
                    error.WriteLine($"The {(command.Parents.Any() ? "commands" : "verbs")} are: {string.Join(", ", verbs)}.");
                }
            }
            else
            {
                error.WriteLine($"{prefix}: unexpected argument \"{token}\".");
            }
        }

        foreach (var problem in parse.Errors)
        {
            // Reported above: the unknown token, and the "required command" that an unknown command leaves missing.
            if (unmatched.Any(t => problem.Message.Contains($"'{t}'", StringComparison.Ordinal))
                || (unmatched.Count > 0 && command.Subcommands.Count > 0 && ReferenceEquals(problem.SymbolResult, parse.CommandResult)))
            {
                continue;
            }

            error.WriteLine($"{prefix}: {problem.Message}");
        }

        error.WriteLine($"usage: {Synopsis(parse.CommandResult.Command, prefix)}");
        error.WriteLine($"Run \"{prefix} --help\" for more.");
        return UsageError;
    }

    /// <summary>" Did you mean generate?" when one candidate is near <paramref name="token"/>; otherwise nothing.</summary>
    private static string Suggestion(string token, IReadOnlyCollection<string> candidates)
    {
        var bare = token.Split('=')[0];
        var best = candidates
            .Select(c => (Name: c, Distance: c.StartsWith(bare, StringComparison.OrdinalIgnoreCase) && bare.TrimStart('-').Length >= 3 ? 0 : Distance(bare.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(c => c.Distance <= Math.Max(1, c.Name.TrimStart('-').Length / 3))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();
        return best is null ? "" : $" Did you mean {best}?";
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>"Hub.Server api-keys create": the command and the commands it is in.</summary>
    private static string Path(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is not null; r = r.Parent)
        {
            if (r is CommandResult c)
            {
                names.Add(c.Command.Name);
            }
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    /// <summary>One line: <c>Hub.Server generate [--scale &lt;province|national&gt;] [--replace]</c>.</summary>
    internal static string Synopsis(Command command, string path)
    {
        var parts = new List<string> { path };
        if (command.Subcommands.Count > 0)
        {
            parts.Add("<" + string.Join('|', command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name)) + ">");
        }

        foreach (var option in command.Options.Where(o => !o.Hidden && o is not HelpOption))
        {
            var text = option.ValueType == typeof(bool) ? option.Name : $"{option.Name} <{option.HelpName ?? option.Name.TrimStart('-')}>";
            parts.Add(option.Required ? text : $"[{text}]");
        }

        foreach (var argument in command.Arguments.Where(a => !a.Hidden))
        {
            var text = $"<{argument.HelpName ?? argument.Name}>";
            parts.Add(argument.Arity.MinimumNumberOfValues == 0 ? $"[{text}]" : text);
        }

        return string.Join(' ', parts);
    }

    /// <summary>The setting a host option sets (<c>urls</c> for <c>--urls=…</c>, <c>Hub</c> for <c>--Hub:Limits:…</c>), or null.</summary>
    private static string? HostKey(string token)
    {
        var start = token.StartsWith("--", StringComparison.Ordinal) ? 2 : token.StartsWith('/') ? 1 : -1;
        if (start < 0)
        {
            return null;
        }

        var key = token[start..].Split('=')[0].Split(':')[0];
        return HostKeys.Contains(key) ? key : null;
    }

    /// <summary>The default help, then the verb's notes; at the top, the footer on host options and exit codes.</summary>
    private sealed class VerbHelpAction(HelpAction inner) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            inner.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            var command = parseResult.CommandResult.Command;
            if (command is HubVerb { Notes: { } notes })
            {
                output.WriteLine(notes.TrimEnd());
                output.WriteLine();
            }
            else if (!command.Parents.Any())
            {
                foreach (var line in Footer)
                {
                    output.WriteLine(line);
                }

                output.WriteLine();
            }

            return Ok;
        }
    }
}
