using System.ComponentModel.DataAnnotations;
using Gaoxin.Contracts;
using MiniExcelLibs.Attributes;

namespace Gaoxin.Scenes.Supply;

/// <summary>A product listed or edited. A supplier lists for its own organisation; an operator names the zone organisation. An edit carries the version read.</summary>
public sealed record ProductInput(
    [property: Required(ErrorMessage = "请填写产品名称。"), StringLength(100, MinimumLength = 2, ErrorMessage = "产品名称为 2 至 100 字。")] string Name,
    [property: Required(ErrorMessage = "请填写产品介绍。"), StringLength(4000, MinimumLength = 10, ErrorMessage = "产品介绍为 10 至 4000 字。")] string Description,
    [property: Required(ErrorMessage = "请选择所属产业。"), EnumDataType(typeof(ZoneIndustry), ErrorMessage = "所属产业无效。")] ZoneIndustry? Industry,
    [property: Required(ErrorMessage = "请填写技术成熟度。"), Range(1, 9, ErrorMessage = "技术成熟度为 1 至 9 级。")] int? Readiness,
    [property: StringLength(50, ErrorMessage = "产业链环节不超过 50 字。")] string? ChainLink = null,
    [property: StringLength(200, ErrorMessage = "资质证书不超过 200 字。")] string? Certificates = null,
    Guid? OrganisationId = null,
    int? Version = null);

/// <summary>An expert kept by the operators; without consent the expert is not introduced.</summary>
public sealed record ExpertInput(
    [property: Required(ErrorMessage = "请填写专家姓名。"), StringLength(40, MinimumLength = 2, ErrorMessage = "专家姓名为 2 至 40 字。")] string Name,
    [property: Required(ErrorMessage = "请填写工作单位。"), StringLength(100, MinimumLength = 2, ErrorMessage = "工作单位为 2 至 100 字。")] string Affiliation,
    [property: Required(ErrorMessage = "请填写专业领域。"), StringLength(2000, MinimumLength = 10, ErrorMessage = "专业领域为 10 至 2000 字。")] string Expertise,
    [property: Required(ErrorMessage = "请选择所属产业。"), EnumDataType(typeof(ZoneIndustry), ErrorMessage = "所属产业无效。")] ZoneIndustry? Industry,
    [property: StringLength(60, ErrorMessage = "职称职务不超过 60 字。")] string? Title = null,
    Guid? OrganisationId = null,
    bool ConsentToIntroductions = false,
    int? Version = null);

public sealed record ProductView(Guid Id, Guid OrganisationId, string OrganisationName, string Name, string Description, ZoneIndustry Industry, string IndustryText,
    string? ChainLink, int Readiness, string? Certificates, DateOnly ListedOn, bool Withdrawn, int Version, bool MayEdit);

public sealed record ExpertView(Guid Id, string Name, string? Title, Guid? OrganisationId, string Affiliation, ZoneIndustry Industry, string IndustryText,
    string Expertise, bool ConsentToIntroductions, int Version);

public sealed record ProductExportRow(
    [property: ExcelColumn(Name = "产品名称")] string Name,
    [property: ExcelColumn(Name = "供给单位")] string Organisation,
    [property: ExcelColumn(Name = "所属产业")] string Industry,
    [property: ExcelColumn(Name = "产业链环节")] string ChainLink,
    [property: ExcelColumn(Name = "技术成熟度")] int Readiness,
    [property: ExcelColumn(Name = "资质证书")] string Certificates,
    [property: ExcelColumn(Name = "上架日期")] string ListedOn,
    [property: ExcelColumn(Name = "已下架")] string Withdrawn,
    [property: ExcelColumn(Name = "产品介绍")] string Description);

public sealed record ExpertExportRow(
    [property: ExcelColumn(Name = "姓名")] string Name,
    [property: ExcelColumn(Name = "职称职务")] string Title,
    [property: ExcelColumn(Name = "工作单位")] string Affiliation,
    [property: ExcelColumn(Name = "所属产业")] string Industry,
    [property: ExcelColumn(Name = "同意对接")] string Consent,
    [property: ExcelColumn(Name = "专业领域")] string Expertise);
