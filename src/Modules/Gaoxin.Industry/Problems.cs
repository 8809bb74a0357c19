using Gaoxin.Data.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Industry;

internal static class Problems
{
    public static NotFound<ProblemBody> NotFound(string what) => ProblemBody.NotFound($"{what}不存在，或不属于本园区。");

    public static ValidationProblem Invalid(Dictionary<string, string[]> errors) => ValidationProblems.Of(errors);
}
