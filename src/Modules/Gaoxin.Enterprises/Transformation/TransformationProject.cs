using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;

namespace Gaoxin.Enterprises.Transformation;

/// <summary>Kinds of 智改数转 projects.</summary>
public enum TransformationKind
{
    /// <summary>智能化改造</summary>
    Intelligent = 1,
    /// <summary>数字化转型</summary>
    Digital = 2,
    /// <summary>网络化协同</summary>
    Networked = 3,
    /// <summary>绿色化改造</summary>
    Green = 4,
}

public sealed record TransformationView(Guid Id, string Title, TransformationKind Kind, decimal Investment, DateOnly StartedOn, DateOnly? CompletedOn, string? Outcomes);

public sealed record TransformationInput(string Title, TransformationKind Kind, decimal Investment, DateOnly StartedOn, DateOnly? CompletedOn, string? Outcomes);

/// <summary>Marks a running project complete (完成): the day it was completed and what it achieved.</summary>
public sealed record TransformationCompletionInput(DateOnly CompletedOn, string? Outcomes);

/// <summary>
/// An intelligent/digital transformation project (智改数转项目) of one enterprise: running until it has a completion date,
/// which is never before its start nor after today (the rate counts only completed projects).
/// </summary>
internal sealed class TransformationProject : IZoneScoped
{
    private TransformationProject()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    public Guid EnterpriseId { get; private set; }

    public string Title { get; private set; } = null!;

    public TransformationKind Kind { get; private set; }

    public decimal Investment { get; private set; }

    public DateOnly StartedOn { get; private set; }

    /// <summary>Null while the project runs; the rate counts only completed projects.</summary>
    public DateOnly? CompletedOn { get; private set; }

    public string? Outcomes { get; private set; }

    /// <summary>Records a project of an enterprise; every field at fault is named at once.</summary>
    public static TransformationProject Record(ZoneId zone, Guid enterpriseId, TransformationInput input, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Length > 200)
        {
            errors["title"] = ["项目名称不能为空，且不超过 200 个字符。"];
        }

        if (input.Outcomes?.Length > 2000)
        {
            errors["outcomes"] = ["成效说明不超过 2000 个字符。"];
        }

        if (!Enum.IsDefined(input.Kind))
        {
            errors["kind"] = ["项目类型无效。"];
        }

        if (input.Investment < 0)
        {
            errors["investment"] = ["投资额不能为负数。"];
        }

        if (input.CompletedOn < input.StartedOn)
        {
            errors["completedOn"] = ["完成日期不能早于开始日期。"];
        }

        if (input.CompletedOn > today)
        {
            errors["completedOn"] = ["完成日期不能晚于今天：尚未完成的项目请留空。"];
        }

        if (errors.Count > 0)
        {
            throw Refusal.Invalid(errors);
        }

        return new TransformationProject
        {
            ZoneId = zone, EnterpriseId = enterpriseId, Title = input.Title.Trim(), Kind = input.Kind, Investment = input.Investment,
            StartedOn = input.StartedOn, CompletedOn = input.CompletedOn, Outcomes = input.Outcomes,
        };
    }

    /// <summary>
    /// Completes a running project: once only (a completed project is history, 409), on a day neither before its start nor
    /// after today — the same bounds as recording it completed.
    /// </summary>
    public void Complete(TransformationCompletionInput input, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (CompletedOn is { } done)
        {
            throw Refusal.Conflict(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"该项目已于 {done:yyyy-MM-dd} 完成，不能再次标记完成。"));
        }

        var errors = new Dictionary<string, string[]>();
        if (input.CompletedOn < StartedOn)
        {
            errors["completedOn"] = ["完成日期不能早于开始日期。"];
        }
        else if (input.CompletedOn > today)
        {
            errors["completedOn"] = ["完成日期不能晚于今天。"];
        }

        if (input.Outcomes?.Length > 2000)
        {
            errors["outcomes"] = ["成效说明不超过 2000 个字符。"];
        }

        if (errors.Count > 0)
        {
            throw Refusal.Invalid(errors);
        }

        CompletedOn = input.CompletedOn;
        Outcomes = string.IsNullOrWhiteSpace(input.Outcomes) ? Outcomes : input.Outcomes.Trim();
    }

    public TransformationView View() => new(Id, Title, Kind, Investment, StartedOn, CompletedOn, Outcomes);
}
