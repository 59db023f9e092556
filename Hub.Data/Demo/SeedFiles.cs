namespace Hub.Data.Demo;

/// <summary>File names of the seed documents under shared/seeds, as every seeded row records them.</summary>
internal static class SeedFiles
{
    public const string ErqiXincun = "000_42267c87077ab889.txt";
    public const string Wudang = "001_a5a2d21727bc8fb7.txt";
    public const string Kuiwen = "002_fac5b402ca9add65.txt";
    public const string Cuizhai = "003_5cf74534844d9459.txt";

    // The .plain.txt beside it is the same text without HTML; rows name the original document.
    public const string Qianfoshan = "004_77cd9628c8511bad.txt";
}
