[assembly: AssemblyFixture(typeof(Gaoxin.Funding.Tests.FundingApps))]
