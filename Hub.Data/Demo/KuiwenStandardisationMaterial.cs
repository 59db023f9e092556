namespace Hub.Data.Demo;

internal static class KuiwenStandardisationMaterial
{
    public static void Load(SeedWriter w)
    {
        _ = w;
    }
}
