namespace Linkwork.Data;

/// <summary>One ASP.NET Core data protection key (the XML element the key manager writes).</summary>
public sealed class DataProtectionKeyRow
{
    public int Id { get; set; }
    public string? FriendlyName { get; set; }
    public string Xml { get; set; } = "";
}
