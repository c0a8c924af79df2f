namespace Teammeter.Hris.Tests.Apideck.Contract;

/// <summary>A fact that needs the Apideck specs in <c>../shared/specs</c>; skipped with a reason when they are absent.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SpecFactAttribute : FactAttribute
{
    public SpecFactAttribute()
    {
        if (ApideckSpecs.Directory is null)
        {
            Skip = "The Apideck OpenAPI specs (../shared/specs/apideck-hris.yml, apideck-vault.yml next to the repository) are not available.";
        }
    }
}
