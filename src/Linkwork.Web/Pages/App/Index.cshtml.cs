using Linkwork.Domain.Access;
using Linkwork.Web.Features.Access;
using Linkwork.Web.Features.Directory;
using Linkwork.Web.Features.Pathway;
using Linkwork.Web.Features.People;
using Linkwork.Web.Features.Programmes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwork.Web.Pages.App;

/// <summary>The staff landing page: one page, with the sections that fit the signed-in role.</summary>
public sealed class DashboardModel(
    GetProgramme programmes, GetOrganisation organisations, DirectoryOverview directory,
    ListOrganisationServices organisationServices, ListTeam team, PeopleProfile people, PathwayCounts pathway, TimeProvider clock) : PageModel
{
    public Role Role { get; private set; }
    public string Heading { get; private set; } = "Dashboard";
    public string DisplayName { get; private set; } = "";
    public string RoleTitle { get; private set; } = "";
    public string LinkWorkerTitle { get; private set; } = "";
    public string ProgrammeName { get; private set; } = "";
    public int ResponseDeadlineDays { get; private set; }
    public string? OrganisationName { get; private set; }
    public int PeopleCount { get; private set; }
    public IReadOnlyList<DirectoryOverview.NeedCount> Needs { get; private set; } = [];
    public IReadOnlyList<ListOrganisationServices.Row> OwnServices { get; private set; } = [];
    public IReadOnlyList<ListTeam.Member> Team { get; private set; } = [];
    public IReadOnlyList<PeopleProfile.DecileRow> Deprivation { get; private set; } = [];

    /// <summary>The link worker's and supervisor's work waiting, as counts.</summary>
    public PathwayCounts.Caseload? Caseload { get; private set; }

    /// <summary>Referrals to the provider's organisation still waiting for its answer.</summary>
    public int AwaitingAnswer { get; private set; }

    /// <summary>Set by the capacity buttons, which come back here.</summary>
    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var programme = await programmes.HandleAsync(User.ProgrammeOf() ?? Guid.Empty, cancellationToken);
        if (programme is null || User.RoleOf() is not { } role)
        {
            return Forbid();
        }

        if (role == Role.Administrator)
        {
            return Redirect(RoleHome.For(role));
        }

        Role = role;
        DisplayName = User.FindFirst(System.Security.Claims.ClaimTypes.GivenName)?.Value ?? "";
        RoleTitle = programme.RoleTitles.For(role);
        LinkWorkerTitle = programme.RoleTitles.LinkWorker;
        ProgrammeName = programme.Name;
        ResponseDeadlineDays = programme.ResponseDeadlineDays;
        var organisationId = User.OrganisationOf();
        OrganisationName = organisationId is { } id ? (await organisations.HandleAsync(id, cancellationToken))?.Name : null;
        Heading = role switch
        {
            Role.LinkWorker => "Your caseload and directory",
            Role.Supervisor => "Team overview",
            Role.Referrer => "Refer someone",
            Role.ProviderStaff => "Your services",
            Role.Analyst => "Programme figures",
            _ => "Dashboard",
        };

        switch (role)
        {
            case Role.Supervisor:
                Team = await team.HandleAsync(programme.Id, Role.LinkWorker, clock.GetUtcNow(), cancellationToken);
                break;
            case Role.ProviderStaff when organisationId is { } own:
                OwnServices = await organisationServices.HandleAsync(own, cancellationToken: cancellationToken);
                AwaitingAnswer = await pathway.AwaitingAnswerAsync(User, cancellationToken);
                break;
            case Role.Analyst:
                Deprivation = await people.HandleAsync(programme.Id, cancellationToken);
                break;
            case Role.LinkWorker:
                PeopleCount = (await people.HandleAsync(programme.Id, cancellationToken)).Sum(r => r.Total);
                break;
        }

        if (role is Role.LinkWorker or Role.Supervisor)
        {
            Caseload = await pathway.CaseloadAsync(User, cancellationToken);
        }

        if (role is Role.LinkWorker or Role.Supervisor or Role.Analyst)
        {
            Needs = await directory.HandleAsync(cancellationToken);
        }

        return Page();
    }
}
