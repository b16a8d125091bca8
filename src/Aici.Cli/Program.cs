using Aici.Cli.Commands;

return AiciCommand.Invoke(args, System.Console.Out, System.Console.Error);
