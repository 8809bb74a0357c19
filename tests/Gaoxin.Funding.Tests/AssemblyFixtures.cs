[assembly: AssemblyFixture(typeof(Gaoxin.Funding.Tests.FundingApps))]
[assembly: AssemblyFixture(typeof(Gaoxin.Testing.SharedApps))]
