using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace Gaoxin.Data.Http;

/// <summary>The words of a reason dialog, in the calling page's language (each module keeps them in its own resx).</summary>
public sealed record ReasonPrompt(string Title, string Message, string ReasonLabel, string ReasonRequired, string ConfirmText, string CancelText);

/// <summary>
/// The confirmation every destructive step asks for (撤销、终止、不予支持): it names what will happen and needs a reason.
/// Cancel (or closing the dialog) changes nothing; confirm is refused until a reason is typed.
/// </summary>
public sealed class ReasonDialog : ComponentBase
{
    /// <summary>The longest reason the dialog accepts; the services cap their notes at 1,000 characters.</summary>
    public const int MaxReason = 1000;

    [CascadingParameter] private IMudDialogInstance? Dialog { get; set; }

    [Parameter, EditorRequired] public ReasonPrompt Prompt { get; set; } = default!;

    private string _reason = string.Empty;
    private bool _tried;

    /// <summary>Asks for a reason; null when the person cancelled.</summary>
    public static async Task<string?> AskAsync(IDialogService dialogs, ReasonPrompt prompt)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(prompt);
        var parameters = new DialogParameters<ReasonDialog> { { d => d.Prompt, prompt } };
        var reference = await dialogs.ShowAsync<ReasonDialog>(prompt.Title, parameters,
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
        var result = await reference.Result;
        return result is { Canceled: false, Data: string reason } ? reason : null;
    }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenComponent<MudDialog>(0);
        builder.AddAttribute(1, nameof(MudDialog.DialogContent), (RenderFragment)Content);
        builder.AddAttribute(2, nameof(MudDialog.DialogActions), (RenderFragment)Actions);
        builder.CloseComponent();
    }

    private void Content(RenderTreeBuilder b)
    {
        b.OpenComponent<MudText>(0);
        b.AddAttribute(1, nameof(MudText.Class), "mb-2");
        b.AddAttribute(2, nameof(MudText.ChildContent), (RenderFragment)(t => t.AddContent(0, Prompt.Message)));
        b.CloseComponent();

        b.OpenComponent<MudTextField<string>>(3);
        b.AddAttribute(4, nameof(MudTextField<string>.Value), _reason);
        b.AddAttribute(5, nameof(MudTextField<string>.ValueChanged), EventCallback.Factory.Create<string>(this, v => _reason = v ?? string.Empty));
        b.AddAttribute(6, nameof(MudTextField<string>.Label), Prompt.ReasonLabel);
        b.AddAttribute(7, nameof(MudTextField<string>.Lines), 3);
        b.AddAttribute(8, nameof(MudTextField<string>.Immediate), true);
        b.AddAttribute(9, nameof(MudTextField<string>.MaxLength), MaxReason);
        b.AddAttribute(10, nameof(MudTextField<string>.Counter), MaxReason);
        b.AddAttribute(11, nameof(MudTextField<string>.Error), _tried && string.IsNullOrWhiteSpace(_reason));
        b.AddAttribute(12, nameof(MudTextField<string>.ErrorText), Prompt.ReasonRequired);
        b.AddAttribute(13, "id", "reason-dialog-text");
        b.CloseComponent();
    }

    private void Actions(RenderTreeBuilder b)
    {
        b.OpenComponent<MudButton>(0);
        b.AddAttribute(1, nameof(MudButton.OnClick), EventCallback.Factory.Create<Microsoft.AspNetCore.Components.Web.MouseEventArgs>(this, Cancel));
        b.AddAttribute(2, "id", "reason-dialog-cancel");
        b.AddAttribute(3, nameof(MudButton.ChildContent), (RenderFragment)(t => t.AddContent(0, Prompt.CancelText)));
        b.CloseComponent();

        b.OpenComponent<MudButton>(4);
        b.AddAttribute(5, nameof(MudButton.Variant), Variant.Filled);
        b.AddAttribute(6, nameof(MudButton.Color), Color.Error);
        b.AddAttribute(7, nameof(MudButton.OnClick), EventCallback.Factory.Create<Microsoft.AspNetCore.Components.Web.MouseEventArgs>(this, Confirm));
        b.AddAttribute(8, "id", "reason-dialog-confirm");
        b.AddAttribute(9, nameof(MudButton.ChildContent), (RenderFragment)(t => t.AddContent(0, Prompt.ConfirmText)));
        b.CloseComponent();
    }

    private void Cancel() => Dialog?.Cancel();

    private void Confirm()
    {
        _tried = true;
        if (!string.IsNullOrWhiteSpace(_reason))
        {
            Dialog?.Close(DialogResult.Ok(_reason.Trim()));
        }
    }
}
