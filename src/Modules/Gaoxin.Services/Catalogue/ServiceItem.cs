using Gaoxin.Kernel.Zones;

namespace Gaoxin.Services.Catalogue;

/// <summary>What an approved item issues (办理结果).</summary>
public enum ResultKind
{
    /// <summary>许可证</summary>
    Licence = 1,
    /// <summary>证书</summary>
    Certificate = 2,
    /// <summary>批复、复函</summary>
    Reply = 3,
    /// <summary>备案证明</summary>
    Filing = 4,
}

/// <summary>
/// An item of the zone's service catalogue (政务服务事项清单): the department that decides it, its legal time limit
/// in working days (法定办结时限), the materials, the form and the result.
/// </summary>
public sealed class ServiceItem : IZoneScoped
{
    private ServiceItem()
    {
        Code = Name = ResultName = string.Empty;
    }

    public ServiceItem(ZoneId zoneId, string code, string name, Guid departmentId, int legalLimitDays, ResultKind result, string resultName)
    {
        ZoneId = zoneId;
        Code = code;
        Name = name;
        DepartmentId = departmentId;
        LegalLimitDays = legalLimitDays;
        Result = result;
        ResultName = resultName;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    /// <summary>The item's code in the catalogue, unique in the zone.</summary>
    public string Code { get; private set; }

    public string Name { get; set; }

    public Guid DepartmentId { get; set; }

    /// <summary>法定办结时限, in working days.</summary>
    public int LegalLimitDays { get; set; }

    /// <summary>承诺办结时限 (the zone's promise, at most the legal limit), in working days; null when it promises only the legal limit.</summary>
    public int? PromisedLimitDays { get; set; }

    /// <summary>The limit the clock runs against: the promise when there is one.</summary>
    public int ClockLimitDays => PromisedLimitDays ?? LegalLimitDays;

    /// <summary>Fee in yuan; 0 is free (不收费).</summary>
    public decimal Fee { get; set; }

    public ResultKind Result { get; set; }

    /// <summary>The document issued ("企业投资项目备案证明").</summary>
    public string ResultName { get; set; }

    public string? Description { get; set; }

    /// <summary>Only published items are offered to applicants and listed publicly.</summary>
    public bool Published { get; set; } = true;

    public int Version { get; private set; }

    public void Touch() => Version++;
}

/// <summary>A material an item requires (申请材料). Only an essential one blocks acceptance; others may follow (容缺).</summary>
public sealed class ItemMaterial : IZoneScoped
{
    private ItemMaterial()
    {
        Name = string.Empty;
    }

    public ItemMaterial(ZoneId zoneId, Guid itemId, string name, bool essential, int order)
    {
        ZoneId = zoneId;
        ItemId = itemId;
        Name = name;
        Essential = essential;
        Order = order;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    public Guid ItemId { get; private set; }

    public string Name { get; set; }

    /// <summary>必要材料: acceptance needs it; a non-essential one may be promised instead (容缺受理).</summary>
    public bool Essential { get; set; }

    public int Order { get; set; }
}

/// <summary>The kind of value a form field takes.</summary>
public enum FieldKind
{
    Text = 1,
    Number = 2,
    Date = 3,
    Choice = 4,
    /// <summary>统一社会信用代码</summary>
    CreditCode = 5,
}

/// <summary>
/// A field of an item's form, defined as data. Fields with the same <see cref="Key"/> on several items of one
/// application are the same field, entered once (一表申请).
/// </summary>
public sealed class FormField : IZoneScoped
{
    private FormField()
    {
        Key = Label = string.Empty;
    }

    public FormField(ZoneId zoneId, Guid itemId, string key, string label, FieldKind kind, bool required, int order)
    {
        ZoneId = zoneId;
        ItemId = itemId;
        Key = key;
        Label = label;
        Kind = kind;
        Required = required;
        Order = order;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    public Guid ItemId { get; private set; }

    /// <summary>Stable key shared across items ("project_name", "total_investment").</summary>
    public string Key { get; private set; }

    public string Label { get; set; }

    public FieldKind Kind { get; set; }

    public bool Required { get; set; }

    /// <summary>Text: the most characters; Number: the least and most value.</summary>
    public int? MaxLength { get; set; }

    public decimal? Min { get; set; }

    public decimal? Max { get; set; }

    /// <summary>Choice: the options, separated by '|'.</summary>
    public string? Choices { get; set; }

    public int Order { get; set; }
}
