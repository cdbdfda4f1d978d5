namespace NetCfg.Tool;

/// <summary>What `netcfg` returns: 0 success, 2 a usage or input error; 1 is each command's own "no" (denied, differs).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int No = 1;
    public const int Error = 2;
}

/// <summary>A usage or input error: the message goes to stderr, and the exit code is 2.</summary>
internal sealed class UsageException(string message) : System.Exception(message);
