using Gaoxin.Data.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.TechTransfer;

internal enum Failure
{
    None,
    NotFound,
    Forbidden,
    Invalid,
}

/// <summary>
/// What a use case returns to both its callers (the API and the pages): a value, or why not. Refusals by a business
/// rule are thrown as <see cref="Gaoxin.Kernel.Rules.BusinessRuleException"/> and become 422 problems naming the rule.
/// </summary>
internal sealed record Outcome<T>(T? Value, Failure Failure = Failure.None, Dictionary<string, string[]>? Errors = null, string? NotFoundDetail = null)
{
    public static Outcome<T> Ok(T value) => new(value);

    public static Outcome<T> NotFound(string detail = "项目不存在，或您无权查看。") => new(default, Failure.NotFound, NotFoundDetail: detail);

    public static Outcome<T> Forbidden() => new(default, Failure.Forbidden);

    public static Outcome<T> Invalid(string field, string message) => new(default, Failure.Invalid, new() { [field] = [message] });

    public static Outcome<T> Invalid(Dictionary<string, string[]> errors) => new(default, Failure.Invalid, errors);

    /// <summary>The first error message, for pages that show one line.</summary>
    public string? Message => Failure switch
    {
        Failure.None => null,
        Failure.NotFound => NotFoundDetail,
        Failure.Forbidden => "您无权进行此操作。",
        _ => string.Join("；", Errors!.Values.SelectMany(v => v)),
    };

    public Results<Ok<T>, NotFound<ProblemBody>, ForbidHttpResult, ValidationProblem> ToHttp() => Failure switch
    {
        Failure.None => TypedResults.Ok(Value!),
        Failure.NotFound => ProblemBody.NotFound(NotFoundDetail ?? "记录不存在，或您无权查看。"),
        Failure.Forbidden => TypedResults.Forbid(),
        _ => ValidationProblems.Of(Errors!),
    };
}

internal static class Check
{
    /// <summary>Data-annotation validation with JSON field names, shared by endpoints and pages.</summary>
    public static Dictionary<string, string[]> Annotations(object input)
    {
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        System.ComponentModel.DataAnnotations.Validator.TryValidateObject(input, new(input), results, validateAllProperties: true);
        return results.SelectMany(r => r.MemberNames.Select(m => (Field: System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(m), r.ErrorMessage)))
            .GroupBy(x => x.Field).ToDictionary(g => g.Key, g => g.Select(x => x.ErrorMessage ?? "无效。").ToArray());
    }
}
