using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Enterprises;

/// <summary>RFC 9457 bodies for typed results.</summary>
public sealed record ProblemResponse(string Type, string Title, int Status, string Detail);

internal static class Problems
{
    public static NotFound<ProblemResponse> NotFound(string detail = "企业不存在，或您无权查看。") =>
        TypedResults.NotFound(new ProblemResponse("https://tools.ietf.org/html/rfc9110#section-15.5.5", "未找到", 404, detail));

    public static ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "请求数据有误", detail: "以下字段未通过校验：" + string.Join("、", errors.Keys));
}
