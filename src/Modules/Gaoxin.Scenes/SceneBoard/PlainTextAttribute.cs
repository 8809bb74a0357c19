using System.ComponentModel.DataAnnotations;
using Gaoxin.Scenes.Demands;

namespace Gaoxin.Scenes.SceneBoard;

/// <summary>
/// Refuses markup in a text input: the marketplace's one markup check is <see cref="PlainTextRule"/>, and this attribute is
/// how input records ask for it. Put it on every free-text property of the module's inputs.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class PlainTextAttribute : ValidationAttribute
{
    private static readonly PlainTextRule Rule = new();

    public PlainTextAttribute() : base(PlainTextRule.Message)
    {
    }

    public override bool IsValid(object? value) => value is not string text || Rule.Check(new PlainTextFacts(text)).Passed;
}
