using Gaoxin.Data.Http;
using Gaoxin.Kernel.Rules;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Funding;

/// <summary>A request the module refuses before any rule: not found, not allowed, bad field, or the record's state forbids it.</summary>
internal sealed class FundingRefusal(int status, string message, string? field = null) : Exception(message)
{
    public int Status { get; } = status;

    public string? Field { get; } = field;

    public static FundingRefusal NotFound(string what) => new(404, $"{what}不存在，或您无权查看。");

    public static FundingRefusal Forbidden(string message = "您的角色或所属机构无权执行此操作。") => new(403, message);

    public static FundingRefusal Invalid(string field, string message) => new(400, message, field);

    public static FundingRefusal Conflict(string message) => new(409, message);
}

internal static class Problems
{
    /// <summary>Runs the work and answers refusals as Chinese problem details; rule refusals (422) go to the host's handler.</summary>
    public static async Task<IResult> Run<T>(Func<Task<T>> work, Func<T, IResult>? ok = null)
    {
        try
        {
            var result = await work();
            return ok is null ? TypedResults.Ok(result) : ok(result);
        }
        catch (FundingRefusal r)
        {
            return Of(r);
        }
    }

    public static async Task<IResult> RunAsync<T>(Func<Task<T>> work, Func<T, Task<IResult>> ok)
    {
        try
        {
            return await ok(await work());
        }
        catch (FundingRefusal r)
        {
            return Of(r);
        }
    }

    public static IResult Of(FundingRefusal r) => r.Status switch
    {
        404 => ProblemBody.NotFound(r.Message),
        403 => TypedResults.Problem(title: "无权操作", detail: r.Message, statusCode: 403),
        409 => TypedResults.Problem(title: "状态冲突", detail: r.Message, statusCode: 409),
        _ => TypedResults.ValidationProblem(new Dictionary<string, string[]> { [r.Field ?? string.Empty] = [r.Message] }, title: "请求数据有误", detail: r.Message),
    };

    /// <summary>For pages, which call the services directly: the same data-annotation checks the API's filter runs.</summary>
    public static void Validate<T>(T input) where T : class
    {
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        if (!System.ComponentModel.DataAnnotations.Validator.TryValidateObject(input, new(input), results, validateAllProperties: true))
        {
            throw FundingRefusal.Invalid(results[0].MemberNames.FirstOrDefault() ?? string.Empty, results[0].ErrorMessage ?? "输入有误。");
        }
    }

    /// <summary>For pages: the message to show for any refusal.</summary>
    public static string Message(Exception e) => e switch
    {
        BusinessRuleException b => $"{b.Outcome.Message}（规则：{b.Outcome.Rule}）",
        FundingRefusal r => r.Message,
        _ => "操作失败，请稍后重试。",
    };
}
