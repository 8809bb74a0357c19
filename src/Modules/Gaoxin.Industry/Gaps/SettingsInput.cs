using System.ComponentModel.DataAnnotations;

namespace Gaoxin.Industry.Gaps;

public sealed record SettingsInput(
    DateOnly ValidFrom,
    [property: Range(1, 1000, ErrorMessage = "较强环节的企业数门槛应在 1–1000 之间。")] int StrongMinEnterprises,
    [property: Range(1, 1000, ErrorMessage = "骨干企业数门槛应在 1–1000 之间。")] int StrongMinKeyFirms,
    [property: Range(0, 1e13, ErrorMessage = "产值门槛应为非负数（元）。")] decimal StrongMinOutput,
    [property: Range(1, 365, ErrorMessage = "长期未跟进天数应在 1–365 之间。")] int StaleLeadDays);
