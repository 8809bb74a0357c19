using System.ComponentModel.DataAnnotations;
using Gaoxin.Kernel.Rules;

namespace Gaoxin.Funding;

/// <summary>For pages, which call the services directly: the same data-annotation checks the API's filter runs, refused the same way.</summary>
internal static class FundingInput
{
    public static void Validate<T>(T input) where T : class
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(input, new(input), results, validateAllProperties: true))
        {
            throw Refusal.Invalid(results[0].MemberNames.FirstOrDefault() ?? string.Empty, results[0].ErrorMessage ?? "输入有误。");
        }
    }
}
