namespace Linkwork.Web.Features.Pathway.WorkLists;

/// <summary>The first rows of one part of a work list, and how many there are in all, so a page can say "and n more".</summary>
public sealed record WorkListSection<T>(IReadOnlyList<T> Rows, int Total)
{
    public int More => Total - Rows.Count;
}
