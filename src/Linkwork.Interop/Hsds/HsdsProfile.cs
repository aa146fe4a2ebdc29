namespace Linkwork.Interop.Hsds;

/// <summary>Which flavour of HSDS 3.0 a feed follows, and so which schemas it is checked against.</summary>
public enum HsdsProfile
{
    /// <summary>Open Referral HSDS 3.0 as published.</summary>
    Core,

    /// <summary>The Open Referral UK profile of HSDS 3.0: a subset of the fields, plus a few UK ones.</summary>
    UkProfile,
}
