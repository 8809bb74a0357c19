using System.Net;

namespace Gaoxin.Platform.Tests;

/// <summary>Every import reads its .xlsx through one reader: too large is a 413 before or while reading, empty a 400 naming the file.</summary>
public sealed class UploadTests(SharedApps apps)
{
    private const int Limit = 10 * 1024 * 1024;

    public static TheoryData<Db, string> Imports()
    {
        var data = new TheoryData<Db, string>();
        foreach (var db in new[] { Db.Sqlite, Db.Postgres })
        {
            foreach (var url in new[] { "/api/v1/enterprises/import", "/api/v1/tech-transfer/achievements/import", "/api/v1/indicators/import" })
            {
                data.Add(db, url);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Imports))]
    public async Task A_body_over_the_limit_is_413_whether_its_length_is_declared_or_not(Db db, string url)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var bytes = new byte[Limit + 1];

        var declared = await admin.PostAsync(new Uri(url, UriKind.Relative), new ByteArrayContent(bytes));
        var chunked = new StreamContent(new UnknownLengthStream(bytes));
        var streamed = await admin.PostAsync(new Uri(url, UriKind.Relative), chunked);

        foreach (var response in new[] { declared, streamed })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
            var problem = await response.ReadJsonAsync();
            problem.GetProperty("title").GetString().ShouldBe("文件过大");
            problem.GetProperty("detail").GetString().ShouldBe("文件超过 10 MB。");
        }
    }

    [Theory]
    [MemberData(nameof(Imports))]
    public async Task A_body_at_the_limit_is_read_and_judged_as_a_workbook_and_an_empty_one_names_the_file(Db db, string url)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");

        var atLimit = await admin.PostAsync(new Uri(url, UriKind.Relative), new StreamContent(new UnknownLengthStream(new byte[Limit])));
        atLimit.StatusCode.ShouldNotBe(HttpStatusCode.RequestEntityTooLarge);
        ((int)atLimit.StatusCode).ShouldBeLessThan(500);

        var empty = await admin.PostAsync(new Uri(url, UriKind.Relative), new ByteArrayContent([]));
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await empty.ReadJsonAsync();
        problem.GetProperty("errors").GetProperty("file")[0].GetString().ShouldBe("请求体为空：请以 .xlsx 文件作为请求体。");
    }

    /// <summary>A body whose length the client does not know, so it is sent chunked, without Content-Length.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}

public sealed class ContentTypeTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_json_endpoint_sent_plain_text_is_415_with_a_chinese_title_and_detail(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");

        var response = await admin.PostAsync(new Uri("/api/v1/funding/policies", UriKind.Relative), new StringContent("{}", System.Text.Encoding.UTF8, "text/plain"));

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        var problem = await response.ReadJsonAsync();
        problem.GetProperty("title").GetString().ShouldBe("不支持的内容类型");
        problem.GetProperty("detail").GetString().ShouldBe("请求的内容类型不受支持：请以 application/json 发送请求体（导入接口为 .xlsx 文件）。");
    }
}
