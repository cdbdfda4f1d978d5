namespace NetCfg
{
    /// <summary>The transport protocol of a dependency.</summary>
    public enum NetworkProtocol
    {
        /// <summary>TCP, the default.</summary>
        Tcp = 0,

        /// <summary>UDP.</summary>
        Udp = 1,

        /// <summary>SCTP.</summary>
        Sctp = 2,
    }
}
