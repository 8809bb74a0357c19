using Gaoxin.Data.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Indicators;

/// <summary>Bad input found by the module's own checks (beyond annotations): field → Chinese messages; nothing was changed.</summary>
internal sealed class InputRefusedException(Dictionary<string, string[]> errors) : Exception(string.Join("；", errors.SelectMany(e => e.Value)))
{
    public InputRefusedException(string field, string message) : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    public Dictionary<string, string[]> Errors { get; } = errors;
}

internal static class Problems
{
    public static NotFound<ProblemBody> NotFound(string what) => ProblemBody.NotFound($"{what}不存在，或不属于本园区。");

    public static ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "请求数据有误", detail: "以下字段未通过校验：" + string.Join("、", errors.Keys));
}
