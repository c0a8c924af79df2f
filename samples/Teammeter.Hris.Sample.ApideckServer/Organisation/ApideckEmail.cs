namespace Teammeter.Hris.Sample.ApideckServer;

/// <summary>One entry of an employee's <c>emails</c> array.</summary>
/// <param name="Email">The address.</param>
/// <param name="Type">The Apideck email type: <c>work</c>, <c>primary</c>, <c>personal</c>, ...</param>
public sealed record ApideckEmail(string Email, string Type);
