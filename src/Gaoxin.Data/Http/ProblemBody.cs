using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Data.Http;

/// <summary>An RFC 9457 body for typed results that carry a payload with their status (e.g. NotFound&lt;ProblemBody&gt;).</summary>
public sealed record ProblemBody(string Type, string Title, int Status, string Detail)
{
    public static NotFound<ProblemBody> NotFound(string detail) =>
        TypedResults.NotFound(new ProblemBody("https://tools.ietf.org/html/rfc9110#section-15.5.5", "未找到", StatusCodes.Status404NotFound, detail));
}
