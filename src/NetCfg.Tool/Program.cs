using System;
using NetCfg.Tool;

return Cli.Run(args, Console.Out, Console.Error, Environment.CurrentDirectory);
