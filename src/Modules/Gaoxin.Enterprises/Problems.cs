using Gaoxin.Data.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Enterprises;

internal static class Problems
{
    public static NotFound<ProblemBody> NotFound(string detail = "企业不存在，或您无权查看。") => ProblemBody.NotFound(detail);

    public static ValidationProblem Invalid(Dictionary<string, string[]> errors) => ValidationProblems.Of(errors);
}
