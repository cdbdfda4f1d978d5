namespace System.Runtime.CompilerServices
{
    /// <summary>Polyfill so records compile on netstandard2.0.</summary>
    internal static class IsExternalInit { }
}
