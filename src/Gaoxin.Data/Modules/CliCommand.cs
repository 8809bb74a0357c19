namespace Gaoxin.Data.Modules;

/// <summary>
/// A verb a module adds to the `gaoxin` command line, e.g. `ledger verify`. The CLI lists it in its help and runs it
/// with the same services as the web host (the configured database, the modules, an audit actor naming the CLI user).
/// </summary>
/// <param name="Verb">The words that select it, e.g. ["ledger", "verify"].</param>
/// <param name="Help">One line of Chinese help shown after the verb.</param>
/// <param name="RunAsync">Runs the command; returns an exit code from <see cref="CliExit"/>.</param>
public sealed record CliCommand(IReadOnlyList<string> Verb, string Help, Func<CliInvocation, Task<int>> RunAsync)
{
    /// <summary>Whether the arguments start with this command's verb.</summary>
    public bool Matches(IReadOnlyList<string> args) =>
        args.Count >= Verb.Count && Verb.Select((word, i) => string.Equals(word, args[i], StringComparison.Ordinal)).All(same => same);
}

/// <summary>What a command runs with: the services, the arguments after its verb, and where to write.</summary>
public sealed record CliInvocation(IServiceProvider Services, IReadOnlyList<string> Arguments, TextWriter Out, TextWriter Error, CancellationToken CancellationToken);

/// <summary>The CLI's exit codes, shared by the platform's and the modules' commands.</summary>
public static class CliExit
{
    public const int Ok = 0;
    public const int UsageError = 1;

    /// <summary>A hash chain (the audit trail, the fund ledger) is broken.</summary>
    public const int ChainBroken = 2;

    public const int Unavailable = 3;
}
