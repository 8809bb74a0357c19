using Gaoxin.Kernel.Money;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;

namespace Gaoxin.Platforms.Registry;

/// <summary>The kind of platform (平台类型); display names in the module's resources (PlatformType.*).</summary>
public enum PlatformType
{
    /// <summary>重点实验室</summary>
    KeyLaboratory = 1,
    /// <summary>工程技术研究中心</summary>
    EngineeringCentre = 2,
    /// <summary>企业技术中心</summary>
    EnterpriseTechCentre = 3,
    /// <summary>新型研发机构</summary>
    NewRdInstitution = 4,
    /// <summary>院士（专家）工作站</summary>
    ExpertWorkstation = 5,
    /// <summary>中试平台</summary>
    PilotPlatform = 6,
    /// <summary>产业技术创新联盟</summary>
    InnovationAlliance = 7,
    /// <summary>其他</summary>
    Other = 9,
}

/// <summary>The level that recognised it (认定级别).</summary>
public enum PlatformLevel
{
    /// <summary>国家级</summary>
    National = 1,
    /// <summary>省级</summary>
    Provincial = 2,
    /// <summary>市级</summary>
    Municipal = 3,
}

/// <summary>In force, or revoked (撤销) after a failed evaluation or by decision.</summary>
public enum PlatformState
{
    Active = 1,
    Revoked = 2,
}

/// <summary>Result of a periodic evaluation (评估结果): 优秀, 良好, 合格, 不合格.</summary>
public enum EvaluationResult
{
    Excellent = 1,
    Good = 2,
    Pass = 3,
    Fail = 4,
}

/// <summary>A university or institute that co-builds the platform (共建单位), optionally an organisation of the zone.</summary>
public sealed record CoBuilderSpec(string Name, Guid? OrganisationId);

/// <summary>What a person enters for a platform; checked by <see cref="PlatformRules"/> before it reaches the entity.</summary>
public sealed record PlatformSpec(string Name, PlatformType Type, PlatformLevel Level, Guid HostOrganisationId, DateOnly RecognisedOn,
    string? DocumentNumber, IReadOnlyList<CoBuilderSpec> CoBuilders, string? Note);

/// <summary>
/// An innovation platform (创新平台) of the zone: recognised at a level on a date (with the document for national and
/// provincial ones), hosted by one organisation, co-built with universities and institutes, evaluated periodically,
/// sharing equipment. State changes only here; every change bumps <see cref="Version"/> (a concurrency token).
/// </summary>
public sealed class InnovationPlatform : IZoneScoped
{
    private InnovationPlatform()
    {
        Name = string.Empty;
        NormalisedName = string.Empty;
    }

    public InnovationPlatform(ZoneId zoneId, PlatformSpec spec, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        Name = string.Empty;
        NormalisedName = string.Empty;
        State = PlatformState.Active;
        CreatedAt = at;
        Apply(spec);
    }

    public Guid Id { get; private set; }

    public ZoneId ZoneId { get; private set; }

    public string Name { get; private set; }

    /// <summary>The name as compared for duplicates (<see cref="PlatformNames.Normalise"/>); unique per host.</summary>
    public string NormalisedName { get; private set; }

    public PlatformType Type { get; private set; }

    public PlatformLevel Level { get; private set; }

    /// <summary>依托单位: an organisation of the zone.</summary>
    public Guid HostOrganisationId { get; private set; }

    public DateOnly RecognisedOn { get; private set; }

    /// <summary>认定文号, e.g. 川科函〔2023〕45号.</summary>
    public string? DocumentNumber { get; private set; }

    public string? Note { get; private set; }

    public PlatformState State { get; private set; }

    public DateOnly? RevokedOn { get; private set; }

    public string? RevocationReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int Version { get; private set; }

    public List<PlatformCoBuilder> CoBuilders { get; private set; } = [];

    public List<PlatformEvaluation> Evaluations { get; private set; } = [];

    public List<SharedEquipment> Equipment { get; private set; } = [];

    /// <summary>Corrects the registry entry (the rules were checked by the caller against the other platforms).</summary>
    public void Edit(PlatformSpec spec)
    {
        RequireActive();
        Apply(spec);
        Version++;
    }

    /// <summary>Records an evaluation; a 不合格 result revokes the platform on that day.</summary>
    public PlatformEvaluation Evaluate(DateOnly on, EvaluationResult result, string? note, DateOnly today, DateTimeOffset at)
    {
        RequireActive();
        Refusal.ThrowIfAnyFailed([new EvaluationDateRule().Check(new EvaluationDateFacts(on, RecognisedOn, today))]);
        if (Evaluations.Any(e => e.EvaluatedOn >= on))
        {
            throw Refusal.Conflict("该平台在此日期或之后已有评估记录，请按时间顺序登记。");
        }

        var evaluation = new PlatformEvaluation(ZoneId, Id, on, result, Clean(note), at);
        Evaluations.Add(evaluation);
        if (result == EvaluationResult.Fail)
        {
            State = PlatformState.Revoked;
            RevokedOn = on;
            RevocationReason = "评估结果不合格";
        }

        Version++;
        return evaluation;
    }

    /// <summary>Revokes by decision (撤销认定); a reason is required.</summary>
    public void Revoke(string? reason, DateOnly on)
    {
        RequireActive();
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw Refusal.Invalid("reason", "请填写撤销原因。");
        }

        State = PlatformState.Revoked;
        RevokedOn = on;
        RevocationReason = reason.Trim();
        Version++;
    }

    public SharedEquipment AddEquipment(string name, string? model, Money value, bool openToOthers, string? bookingContact)
    {
        RequireActive();
        if (string.IsNullOrWhiteSpace(name))
        {
            throw Refusal.Invalid("name", "请填写设备名称。");
        }

        if (value.IsNegative)
        {
            throw Refusal.Invalid("valueYuan", "设备原值不能为负。");
        }

        if (openToOthers && string.IsNullOrWhiteSpace(bookingContact))
        {
            throw Refusal.Invalid("bookingContact", "对外开放共享的设备须填写预约联系方式。");
        }

        var item = new SharedEquipment(ZoneId, Id, name.Trim(), Clean(model), value, openToOthers, Clean(bookingContact));
        Equipment.Add(item);
        Version++;
        return item;
    }

    public void RemoveEquipment(Guid equipmentId)
    {
        var item = Equipment.SingleOrDefault(e => e.Id == equipmentId) ?? throw Refusal.NotFound("设备");
        Equipment.Remove(item);
        Version++;
    }

    private void Apply(PlatformSpec spec)
    {
        Name = spec.Name.Trim();
        NormalisedName = PlatformNames.Normalise(spec.Name);
        Type = spec.Type;
        Level = spec.Level;
        HostOrganisationId = spec.HostOrganisationId;
        RecognisedOn = spec.RecognisedOn;
        DocumentNumber = Clean(spec.DocumentNumber);
        Note = Clean(spec.Note);
        CoBuilders.Clear();
        CoBuilders.AddRange(spec.CoBuilders.Select((c, i) => new PlatformCoBuilder(ZoneId, Id, i + 1, c.Name.Trim(), c.OrganisationId)));
    }

    private void RequireActive()
    {
        if (State != PlatformState.Active)
        {
            throw Refusal.Conflict("该平台已撤销认定，不能再修改。");
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public sealed class PlatformCoBuilder : IZoneScoped
{
    private PlatformCoBuilder()
    {
        Name = string.Empty;
    }

    internal PlatformCoBuilder(ZoneId zoneId, Guid platformId, int order, string name, Guid? organisationId)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        PlatformId = platformId;
        Order = order;
        Name = name;
        OrganisationId = organisationId;
    }

    public Guid Id { get; private set; }

    public ZoneId ZoneId { get; private set; }

    public Guid PlatformId { get; private set; }

    public int Order { get; private set; }

    public string Name { get; private set; }

    public Guid? OrganisationId { get; private set; }
}

public sealed class PlatformEvaluation : IZoneScoped
{
    private PlatformEvaluation()
    {
    }

    internal PlatformEvaluation(ZoneId zoneId, Guid platformId, DateOnly on, EvaluationResult result, string? note, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        PlatformId = platformId;
        EvaluatedOn = on;
        Result = result;
        Note = note;
        RecordedAt = at;
    }

    public Guid Id { get; private set; }

    public ZoneId ZoneId { get; private set; }

    public Guid PlatformId { get; private set; }

    public DateOnly EvaluatedOn { get; private set; }

    public EvaluationResult Result { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}

/// <summary>Equipment the platform shares (共享设备); value in yuan, exact to the fen.</summary>
public sealed class SharedEquipment : IZoneScoped
{
    private SharedEquipment()
    {
        Name = string.Empty;
    }

    internal SharedEquipment(ZoneId zoneId, Guid platformId, string name, string? model, Money value, bool openToOthers, string? bookingContact)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        PlatformId = platformId;
        Name = name;
        Model = model;
        Value = value;
        OpenToOthers = openToOthers;
        BookingContact = bookingContact;
    }

    public Guid Id { get; private set; }

    public ZoneId ZoneId { get; private set; }

    public Guid PlatformId { get; private set; }

    public string Name { get; private set; }

    public string? Model { get; private set; }

    public Money Value { get; private set; }

    /// <summary>对外开放共享: set once when listed.</summary>
    public bool OpenToOthers { get; private set; }

    public string? BookingContact { get; private set; }
}
