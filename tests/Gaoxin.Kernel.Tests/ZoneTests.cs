using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Zones;

namespace Gaoxin.Kernel.Tests;

public sealed class DivisionCodeTests
{
    [Theory]
    [InlineData("510300", "510000")]
    [InlineData("110000", "110000")]
    [InlineData("820000", "820000")]
    [InlineData(" 510311 ", "510000")]
    public void Accepts_six_digit_codes_of_existing_provinces(string text, string province)
    {
        DivisionCode.TryParse(text, out var code, out var error).ShouldBeTrue(error);
        code.ProvinceCode.ShouldBe(province);
    }

    [Theory]
    [InlineData("", "不能为空")]
    [InlineData(null, "不能为空")]
    [InlineData("51030", "6 位数字")]
    [InlineData("5103000", "6 位数字")]
    [InlineData("51030A", "6 位数字")]
    [InlineData("100000", "省级代码 10")]
    [InlineData("830000", "省级代码 83")]
    public void Refuses_malformed_codes_with_a_reason(string? text, string reason)
    {
        DivisionCode.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldContain(reason);
    }

    [Fact]
    public void Parse_throws_with_the_reason() =>
        Should.Throw<FormatException>(() => DivisionCode.Parse("12")).Message.ShouldContain("6 位数字");

    [Fact]
    public void Zone_ids_are_distinct_and_compare_by_value()
    {
        var a = ZoneId.New();
        a.ShouldNotBe(ZoneId.New());
        new ZoneId(a.Value).ShouldBe(a);
    }
}

public sealed class PageRequestTests
{
    [Theory]
    [InlineData(null, null, 1, 20)]
    [InlineData(0, 0, 1, 1)]
    [InlineData(-3, 1, 1, 1)]
    [InlineData(2, 200, 2, 200)]
    [InlineData(2, 201, 2, 200)]
    [InlineData(5, 10, 5, 10)]
    public void Clamps_number_and_size(int? number, int? size, int expectedNumber, int expectedSize)
    {
        var page = new PageRequest(number, size);
        page.Number.ShouldBe(expectedNumber);
        page.Size.ShouldBe(expectedSize);
    }

    [Fact]
    public void Skip_and_page_count_follow_the_size()
    {
        new PageRequest(3, 20).Skip.ShouldBe(40);
        new Page<int>([], 1, 20, 0).PageCount.ShouldBe(0);
        new Page<int>([], 1, 20, 20).PageCount.ShouldBe(1);
        new Page<int>([], 1, 20, 21).PageCount.ShouldBe(2);
    }
}

public sealed class PagesTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(200, 1)]
    [InlineData(201, 2)]
    [InlineData(450, 3)]
    public async Task AllAsync_reads_every_item_once_in_as_few_pages_as_it_takes(int total, int expectedCalls)
    {
        var source = Enumerable.Range(1, total).ToList();
        var calls = 0;
        var all = await Pages.AllAsync(p =>
        {
            calls++;
            return Task.FromResult(new Page<int>(source.Skip(p.Skip).Take(p.Size).ToList(), p.Number, p.Size, total));
        });
        all.ShouldBe(source);
        calls.ShouldBe(expectedCalls);
    }
}
