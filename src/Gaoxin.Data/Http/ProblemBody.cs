using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Data.Http;

/// <summary>An RFC 9457 body for typed results that carry a payload with their status (e.g. NotFound&lt;ProblemBody&gt;).</summary>
public sealed record ProblemBody(string Type, string Title, int Status, string Detail)
{
    public static NotFound<ProblemBody> NotFound(string detail) =>
        TypedResults.NotFound(new ProblemBody("https://tools.ietf.org/html/rfc9110#section-15.5.5", "未找到", StatusCodes.Status404NotFound, detail));
}

public static class ValidationProblems
{
    /// <summary>A 400 naming each field at fault with its Chinese message: the one shape every module answers bad input with.</summary>
    public static ValidationProblem Of(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "请求数据有误", detail: Summary(errors));

    /// <summary>The detail of a 400: which fields are at fault.</summary>
    public static string Summary(IReadOnlyDictionary<string, string[]> errors) => "以下字段未通过校验：" + string.Join("、", errors.Keys);
}
