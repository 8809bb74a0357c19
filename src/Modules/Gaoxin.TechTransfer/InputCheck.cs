using Gaoxin.Data.Http;

namespace Gaoxin.TechTransfer;

/// <summary>
/// The desks' entry to <see cref="RequestValidation"/> (the contract and the annotations, JSON field names), so the API and
/// the pages refuse the same input the same way (a Refusal of kind Invalid, answered 400 with the fields).
/// </summary>
internal static class InputCheck
{
    /// <summary>Field → messages for what the contract and annotations refuse; empty when the input is good. Desks add their own checks to it.</summary>
    public static Dictionary<string, string[]> Annotations(object input) => RequestValidation.Errors(input);

    /// <summary>Throws the collected errors as one refusal; does nothing when there are none.</summary>
    public static void ThrowIfAny(Dictionary<string, string[]> errors) => RequestValidation.ThrowIfAny(errors);

    /// <summary>Refuses the input when the contract or its annotations do.</summary>
    public static void Valid(object input) => RequestValidation.ThrowIfInvalid(input);
}
