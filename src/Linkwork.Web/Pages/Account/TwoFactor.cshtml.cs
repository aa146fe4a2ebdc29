using System.Text;
using Linkwork.Data;
using Linkwork.Web.Features.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwork.Web.Pages.Account;

/// <summary>Turns the optional TOTP second factor (RFC 6238, Identity's authenticator provider) on and off.</summary>
public sealed class TwoFactorModel(UserManager<UserAccount> users, SignInManager<UserAccount> signIn, AuditTrail audit) : PageModel
{
    public bool Enabled { get; private set; }
    public string FormattedKey { get; private set; } = "";
    public string AuthenticatorUri { get; private set; } = "";

    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync(await CurrentUserAsync());

    public async Task<IActionResult> OnPostEnableAsync(CancellationToken cancellationToken)
    {
        var user = await CurrentUserAsync();
        var code = AuthenticatorCode.Normalise(Code);
        var valid = code.Length > 0 && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code);
        if (!valid)
        {
            ModelState.AddModelError(nameof(Code), "That code is not right. Enter the newest 6-digit code from the app.");
            return await LoadAsync(user);
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        await audit.RecordNowAsync("two-factor.enabled", nameof(UserAccount), user.Id, cancellationToken: cancellationToken);
        await signIn.RefreshSignInAsync(user);
        StatusMessage = "Two-step sign-in is on.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken)
    {
        var user = await CurrentUserAsync();
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await audit.RecordNowAsync("two-factor.disabled", nameof(UserAccount), user.Id, cancellationToken: cancellationToken);
        await signIn.RefreshSignInAsync(user);
        StatusMessage = "Two-step sign-in is off.";
        return RedirectToPage();
    }

    private async Task<UserAccount> CurrentUserAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in account no longer exists.");

    private async Task<IActionResult> LoadAsync(UserAccount user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }

        FormattedKey = Group(key);
        AuthenticatorUri = $"otpauth://totp/Linkwork:{Uri.EscapeDataString(user.Email ?? "")}?secret={key}&issuer=Linkwork&digits=6";
        return Page();
    }

    private static string Group(string key)
    {
        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return grouped.ToString().TrimEnd().ToLowerInvariant();
    }
}
