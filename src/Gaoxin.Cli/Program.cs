using Gaoxin.Cli;
using Microsoft.Extensions.Configuration;

var configuration = new ConfigurationBuilder()
    .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
    .AddEnvironmentVariables()
    .Build();
return await CliApp.RunAsync(args, configuration, Console.Out, Console.Error, Directory.GetCurrentDirectory());
