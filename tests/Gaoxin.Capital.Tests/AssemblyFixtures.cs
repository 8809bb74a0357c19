[assembly: AssemblyFixture(typeof(Gaoxin.Testing.SharedApps))]
