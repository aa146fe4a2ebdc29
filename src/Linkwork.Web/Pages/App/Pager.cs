namespace Linkwork.Web.Pages.App;

/// <summary>Page links for a list: the base address keeps the list's own query (the tab) and adds the page number.</summary>
public sealed record Pager(string BaseUrl, int PageNumber, int Pages);
