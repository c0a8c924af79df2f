// Placeholder host until the demo lands (issue: sample console host). It proves the package loads.
using Teammeter.Hris;

var snapshot = new HrisSnapshot([new HrisEmployee { Id = "demo-1", FirstName = "Ada" }], DateTimeOffset.UnixEpoch);
Console.WriteLine($"Teammeter.Hris sample: the embedded demo is not built yet; the package loaded ({snapshot.Employees.Count} demo employee).");
