using Gaoxin.Enterprises.Certification;

namespace Gaoxin.Enterprises.Tests.Certification;

/// <summary>Recorded honours become the direct routes' facts: windows, ranks and titles at their boundaries.</summary>
public sealed class HonourTests
{
    private static readonly DateOnly AsOf = new(2025, 6, 30);

    private static EnterpriseFlags Apply(params HeldHonour[] honours) => Honours.Apply(new EnterpriseFlags(), honours, AsOf);

    private static HeldHonour National(DateOnly on, int? rank = null) => new(HonourKind.NationalScienceAward, on, rank, null);

    private static HeldHonour Provincial(DateOnly on, int? rank = null) => new(HonourKind.ProvincialScienceAward, on, rank, null);

    [Fact]
    public void A_national_award_counts_for_three_years_from_the_same_day_and_for_five_years_on_the_longer_route()
    {
        Apply(National(new DateOnly(2022, 6, 30))).NationalAwardLast3Years.ShouldBeTrue();
        Apply(National(new DateOnly(2022, 6, 29))).NationalAwardLast3Years.ShouldBeFalse();
        Apply(National(new DateOnly(2022, 6, 29))).NationalAwardLast5Years.ShouldBeTrue();
        Apply(National(new DateOnly(2020, 6, 30))).NationalAwardLast5Years.ShouldBeTrue();
        Apply(National(new DateOnly(2020, 6, 29))).NationalAwardLast5Years.ShouldBeFalse();
        Apply(National(AsOf)).NationalAwardLast3Years.ShouldBeTrue();
        Apply(National(AsOf.AddDays(1))).NationalAwardLast3Years.ShouldBeFalse(); // not yet awarded on the day evaluated
        Apply(Provincial(AsOf)).NationalAwardLast3Years.ShouldBeFalse();
        Apply(Provincial(new DateOnly(2022, 6, 30))).ProvincialAwardLast3Years.ShouldBeTrue();
        Apply(Provincial(new DateOnly(2022, 6, 29))).ProvincialAwardLast3Years.ShouldBeFalse();
    }

    [Fact]
    public void The_specialised_award_route_needs_a_provincial_top_three_or_a_national_top_five_place()
    {
        var within = new DateOnly(2024, 1, 1);
        Apply(Provincial(within, 3)).AwardProvincialTop3OrNationalTop5Last3Years.ShouldBeTrue();
        Apply(Provincial(within, 4)).AwardProvincialTop3OrNationalTop5Last3Years.ShouldBeFalse();
        Apply(Provincial(within, 1)).AwardProvincialTop3OrNationalTop5Last3Years.ShouldBeTrue();
        Apply(Provincial(within, 0)).AwardProvincialTop3OrNationalTop5Last3Years.ShouldBeFalse();
        Apply(Provincial(within)).AwardProvincialTop3OrNationalTop5Last3Years.ShouldBeFalse(); // unranked
        Apply(National(within, 5)).AwardProvincialTop3OrNationalTop5Last3Years.ShouldBeTrue();
        Apply(National(within, 6)).AwardProvincialTop3OrNationalTop5Last3Years.ShouldBeFalse();
        Apply(National(within, 1)).AwardProvincialTop3OrNationalTop5Last3Years.ShouldBeTrue();
        Apply(National(within, 0)).AwardProvincialTop3OrNationalTop5Last3Years.ShouldBeFalse();
        Apply(National(new DateOnly(2022, 6, 29), 1)).AwardProvincialTop3OrNationalTop5Last3Years.ShouldBeFalse();
        Apply(Provincial(new DateOnly(2022, 6, 29), 1)).AwardProvincialTop3OrNationalTop5Last3Years.ShouldBeFalse();
    }

    [Fact]
    public void Chuangke_top_500_counts_for_three_years()
    {
        Apply(new HeldHonour(HonourKind.ChuangkeChinaTop500, new DateOnly(2022, 6, 30), null, null)).ChuangkeTop500.ShouldBeTrue();
        Apply(new HeldHonour(HonourKind.ChuangkeChinaTop500, new DateOnly(2022, 6, 29), null, null)).ChuangkeTop500.ShouldBeFalse();
        Apply(new HeldHonour(HonourKind.ChuangkeChinaTop500, AsOf.AddDays(1), null, null)).ChuangkeTop500.ShouldBeFalse();
        Apply(National(AsOf)).ChuangkeTop500.ShouldBeFalse();
    }

    [Fact]
    public void A_national_title_counts_from_its_award_while_it_holds()
    {
        HeldHonour Title(DateOnly on, DateOnly? until) => new(HonourKind.NationalInnovationTitle, on, null, until);
        Apply(Title(new DateOnly(2010, 1, 1), null)).SimilarNationalTitle.ShouldBeTrue();
        Apply(Title(new DateOnly(2023, 1, 1), AsOf)).SimilarNationalTitle.ShouldBeTrue();
        Apply(Title(new DateOnly(2023, 1, 1), AsOf.AddDays(-1))).SimilarNationalTitle.ShouldBeFalse();
        Apply(Title(AsOf, null)).SimilarNationalTitle.ShouldBeTrue();
        Apply(Title(AsOf.AddDays(1), null)).SimilarNationalTitle.ShouldBeFalse();
        Apply(National(AsOf)).SimilarNationalTitle.ShouldBeFalse();
    }

    [Fact]
    public void Flags_already_true_stay_true_and_no_honour_sets_nothing()
    {
        var none = Apply();
        none.ShouldBe(new EnterpriseFlags());
        var set = new EnterpriseFlags(NationalAwardLast3Years: true, NationalAwardLast5Years: true, ProvincialAwardLast3Years: true, ChuangkeTop500: true,
            SimilarNationalTitle: true, AwardProvincialTop3OrNationalTop5Last3Years: true);
        Honours.Apply(set, [], AsOf).ShouldBe(set);
    }
}
