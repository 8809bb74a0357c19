using Gaoxin.Kernel.Rules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace Gaoxin.Data.Http;

/// <summary>A file posted as the request body (the imports' .xlsx): read into memory, never past the endpoint's limit.</summary>
public static class UploadedFile
{
    /// <summary>
    /// The body, positioned at its start. Refuses a declared length over the limit before reading, a chunked body as soon
    /// as it passes the limit (so memory never holds more than the limit), and an empty body.
    /// </summary>
    public static async Task<MemoryStream> ReadAsync(HttpRequest request, long maxBytes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var tooLarge = Refusal.TooLarge($"文件超过 {maxBytes / 1024 / 1024} MB。");
        if (request.ContentLength > maxBytes)
        {
            throw tooLarge;
        }

        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                await buffer.DisposeAsync();
                throw tooLarge;
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            await buffer.DisposeAsync();
            throw Refusal.Invalid("file", "请求体为空：请以 .xlsx 文件作为请求体。");
        }

        buffer.Position = 0;
        return buffer;
    }

    /// <summary>
    /// Declares an import's body as the .xlsx itself, so the OpenAPI document lists it (and the import suites find it)
    /// and a body sent as another type (JSON, text) is a 415. A body without a type is read as the file.
    /// </summary>
    public static RouteHandlerBuilder AcceptsWorkbook(this RouteHandlerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.WithMetadata(new AcceptsMetadata([ExcelExport.ContentType, "application/octet-stream"], typeof(Stream), isOptional: true));
    }
}
