using Gaoxin.Services.Calendar;
using Gaoxin.Services.Catalogue;

namespace Gaoxin.Services;

/// <summary>Display names of the module's enumerations in the current language.</summary>
public static class ServicesLabels
{
    public static string Result(ResultKind kind) => ServicesText.Get("Result." + kind);

    public static string Day(DayKind kind) => ServicesText.Get("Day." + kind);

    public static string Field(FieldKind kind) => ServicesText.Get("Field." + kind);
}
