using Gaoxin.Kernel.Rules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Gaoxin.Data.Http;

/// <summary>The one mapping of a <see cref="Refusal"/> to problem details, used by the host's exception handler.</summary>
public static class RefusalProblems
{
    public static int StatusOf(RefusalKind kind) => kind switch
    {
        RefusalKind.Invalid => StatusCodes.Status400BadRequest,
        RefusalKind.Forbidden => StatusCodes.Status403Forbidden,
        RefusalKind.NotFound => StatusCodes.Status404NotFound,
        RefusalKind.Conflict => StatusCodes.Status409Conflict,
        RefusalKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
        RefusalKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status422UnprocessableEntity,
    };

    public static string TitleOf(RefusalKind kind) => kind switch
    {
        RefusalKind.Invalid => "请求数据有误",
        RefusalKind.Forbidden => "无权执行此操作",
        RefusalKind.NotFound => "未找到",
        RefusalKind.Conflict => "数据冲突",
        RefusalKind.TooLarge => "文件过大",
        RefusalKind.Unavailable => "服务暂不可用",
        _ => "业务规则不允许",
    };

    public static ProblemDetails ToProblem(Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        var problem = new ProblemDetails { Status = StatusOf(refusal.Kind), Title = TitleOf(refusal.Kind), Detail = refusal.Message };
        if (refusal.Kind == RefusalKind.Invalid)
        {
            problem.Extensions["errors"] = refusal.Fields;
        }

        if (refusal.Kind == RefusalKind.Rule)
        {
            problem.Extensions["rule"] = refusal.Rule;
            problem.Extensions["figures"] = refusal.Figures;
        }

        return problem;
    }

    /// <summary>Declares, for the API reference, the refusals any endpoint of a group may answer.</summary>
    public static TBuilder ProducesRefusals<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(
            new ProducesResponseTypeMetadata(StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), ["application/problem+json"]),
            new ProducesResponseTypeMetadata(StatusCodes.Status403Forbidden, typeof(ProblemDetails), ["application/problem+json"]),
            new ProducesResponseTypeMetadata(StatusCodes.Status404NotFound, typeof(ProblemDetails), ["application/problem+json"]),
            new ProducesResponseTypeMetadata(StatusCodes.Status409Conflict, typeof(ProblemDetails), ["application/problem+json"]),
            new ProducesResponseTypeMetadata(StatusCodes.Status413PayloadTooLarge, typeof(ProblemDetails), ["application/problem+json"]),
            new ProducesResponseTypeMetadata(StatusCodes.Status422UnprocessableEntity, typeof(ProblemDetails), ["application/problem+json"]));
        return builder;
    }
}
