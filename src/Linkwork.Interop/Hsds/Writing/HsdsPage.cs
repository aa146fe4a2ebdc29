namespace Linkwork.Interop.Hsds;

/// <summary>Where a page sits in a paged list (HSDS's Page: total_items, total_pages, page_number, size ...).</summary>
public sealed record HsdsPage(long TotalItems, int PageNumber, int PerPage)
{
    public long TotalPages => PerPage <= 0 ? 0 : (TotalItems + PerPage - 1) / PerPage;

    public bool FirstPage => PageNumber <= 1;

    public bool LastPage => PageNumber >= TotalPages;

    public bool Empty => TotalItems == 0;
}
