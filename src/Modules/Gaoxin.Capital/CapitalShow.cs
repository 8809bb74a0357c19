using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Gaoxin.Kernel.Rules;

namespace Gaoxin.Capital;

/// <summary>How the module's pages show amounts and dates, and check a form before sending it.</summary>
public static class CapitalShow
{
    public static string Yuan(decimal v) => v.ToString("#,##0.00", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>A form's input checked as the API would: the first failure is refused as <see cref="Refusal.Invalid"/>.</summary>
    public static void Validate(object input)
    {
        var problems = new List<ValidationResult>();
        if (!Validator.TryValidateObject(input, new ValidationContext(input), problems, true))
        {
            var first = problems[0];
            throw Refusal.Invalid(first.MemberNames.FirstOrDefault() ?? "input", first.ErrorMessage ?? string.Empty);
        }
    }
}
