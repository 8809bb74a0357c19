using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Gaoxin.Kernel.Rules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Gaoxin.Data.Http;

/// <summary>
/// Validates a request body by its data annotations before the handler runs; a failure is a 400 problem
/// naming each field by its JSON name, with the Chinese message from the annotation. Nothing is changed.
/// </summary>
public sealed class ValidationFilter<T> : IEndpointFilter where T : class
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var body = context.Arguments.OfType<T>().FirstOrDefault();
        if (body is null)
        {
            throw Refusal.Invalid(new Dictionary<string, string[]> { [string.Empty] = ["缺少请求体。"] }, "缺少请求体。");
        }

        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(body, new ValidationContext(body), results, validateAllProperties: true))
        {
            return await next(context);
        }

        var errors = results
            .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [string.Empty]).Select(m => (Field: JsonNamingPolicy.CamelCase.ConvertName(m), r.ErrorMessage)))
            .GroupBy(e => e.Field)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage ?? "无效。").ToArray());
        throw Refusal.Invalid(errors, ValidationProblems.Summary(errors));
    }
}

public static class ValidationExtensions
{
    public static RouteHandlerBuilder Validate<T>(this RouteHandlerBuilder builder) where T : class =>
        builder.AddEndpointFilter<ValidationFilter<T>>().ProducesValidationProblem();
}
