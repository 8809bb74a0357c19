namespace Gaoxin.Services.Notices;

/// <summary>
/// The SMTP server notices are mailed through (configuration section "Smtp"; the password from the environment,
/// Smtp__Password). Without a host, mail is off: notices stay in the app and the preferences page says so.
/// </summary>
public sealed class MailSettings
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>The sender, e.g. "自贡高新区企业服务 &lt;noreply@zigong.gov.cn&gt;".</summary>
    public string From { get; set; } = "noreply@gaoxin.local";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>STARTTLS (or TLS on connect for port 465).</summary>
    public bool UseTls { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>When the delivery loop runs (configuration section "Notices").</summary>
public sealed class NoticeSchedule
{
    /// <summary>Seconds between passes over pending notices (and before the first one).</summary>
    public int PollSeconds { get; set; } = 60;

    /// <summary>The zone hour (0–23, Beijing time) from which the day's digest goes out.</summary>
    public int DigestHour { get; set; } = 8;

    /// <summary>Whether the daily sweep posts due reminders (到期提醒).</summary>
    public bool DueSweep { get; set; } = true;
}
