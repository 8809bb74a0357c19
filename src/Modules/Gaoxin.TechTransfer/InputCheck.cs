using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Gaoxin.Kernel.Rules;

namespace Gaoxin.TechTransfer;

/// <summary>
/// Data-annotation validation with JSON field names, run by the desks so the API and the pages refuse the same input
/// the same way (a <see cref="Refusal"/> of kind Invalid, answered 400 with the fields).
/// </summary>
internal static class InputCheck
{
    /// <summary>Field → messages for what the annotations refuse; empty when the input is good. Desks add their own checks to it.</summary>
    public static Dictionary<string, string[]> Annotations(object input)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(input, new(input), results, validateAllProperties: true);
        return results.SelectMany(r => r.MemberNames.Select(m => (Field: JsonNamingPolicy.CamelCase.ConvertName(m), r.ErrorMessage)))
            .GroupBy(x => x.Field).ToDictionary(g => g.Key, g => g.Select(x => x.ErrorMessage ?? "无效。").ToArray());
    }

    /// <summary>Throws the collected errors as one refusal; does nothing when there are none.</summary>
    public static void ThrowIfAny(Dictionary<string, string[]> errors)
    {
        if (errors.Count > 0)
        {
            throw Refusal.Invalid(errors);
        }
    }

    /// <summary>Refuses the input when its annotations do.</summary>
    public static void Valid(object input) => ThrowIfAny(Annotations(input));
}
