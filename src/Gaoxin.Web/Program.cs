using Gaoxin.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddGaoxinWeb();
var app = builder.Build();
return await app.RunGaoxinAsync();

/// <summary>Entry point; public so the tests can host the real app.</summary>
public partial class Program;
