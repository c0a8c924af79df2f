namespace Teammeter.Hris.Tests.Apideck.Contract;

public sealed class ApideckSpecsTests
{
    [Fact]
    public void Locate_OutsideAnyRepository_FindsNothingSoSpecFactsSkip()
    {
        var empty = Directory.CreateTempSubdirectory("teammeter-no-repo-");
        try
        {
            ApideckSpecs.Locate(empty.FullName).Should().BeNull();
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public void Locate_RepositoryWithoutSharedSpecs_FindsNothing()
    {
        var root = Directory.CreateTempSubdirectory("teammeter-repo-");
        try
        {
            var repo = root.CreateSubdirectory("repo");
            File.WriteAllText(Path.Combine(repo.FullName, "Teammeter.Hris.sln"), string.Empty);

            ApideckSpecs.Locate(repo.CreateSubdirectory("bin").FullName).Should().BeNull();
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
