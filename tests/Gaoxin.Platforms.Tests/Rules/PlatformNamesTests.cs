using Gaoxin.Platforms.Registry;

namespace Gaoxin.Platforms.Tests.Rules;

/// <summary>Name folding for duplicates: each of the three middle dots is dropped, and a refusal carries both days.</summary>
public sealed class PlatformNamesTests
{
    [Theory]
    [InlineData("甲·乙")] // U+00B7 middle dot
    [InlineData("甲•乙")] // U+2022 bullet
    [InlineData("甲・乙")] // U+30FB katakana middle dot
    [InlineData("甲･乙")] // U+FF65 half-width katakana middle dot, ・ after NFKC
    public void Every_middle_dot_is_dropped(string name) => PlatformNames.Normalise(name).ShouldBe("甲乙");

    [Fact]
    public void Other_punctuation_is_kept() => PlatformNames.Normalise("甲-乙").ShouldBe("甲-乙");

    [Fact]
    public void A_future_recognition_carries_both_days() =>
        new RecognisedNotInFutureRule().Check(new RecognitionFacts(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 1))).Figures
            .ShouldBe(new Dictionary<string, string> { ["recognisedOn"] = "2026-03-02", ["today"] = "2026-03-01" });
}
