using Hub.Data.Organizations;

namespace Hub.Data.Synthetic;

/// <summary>
/// Made-up but well-formed 18-character unified social credit codes (统一社会信用代码, GB 32100-2015):
/// registration authority and type, the 6-digit division code, a 9-character organisation code with
/// its GB 11714 check character, and the final check character.
/// </summary>
internal static class CreditCodes
{
    private static readonly int[] OrganisationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>Civil-affairs registered private non-enterprise unit (民办非企业单位, 52…): social work service centres.</summary>
    public const string SocialServiceAgency = "52";

    /// <summary>Civil-affairs registered social group (社会团体, 51…).</summary>
    public const string SocialGroup = "51";

    /// <summary>Foundation (基金会, 53…).</summary>
    public const string Foundation = "53";

    /// <summary>Government organ (机关, 11…).</summary>
    public const string GovernmentOrgan = "11";

    /// <summary>Public institution (事业单位, 12…): schools, hospitals.</summary>
    public const string PublicInstitution = "12";

    /// <summary>Enterprise registered with market regulation (企业, 91…).</summary>
    public const string Enterprise = "91";

    /// <summary>Individual business (个体工商户, 92…).</summary>
    public const string IndividualBusiness = "92";

    public static string Create(string authorityAndType, string regionCode, SyntheticRandom random)
    {
        Span<char> code = stackalloc char[18];
        authorityAndType.AsSpan().CopyTo(code);
        regionCode.AsSpan(0, 6).CopyTo(code[2..]);
        var organisationSum = 0;
        for (var i = 0; i < 8; i++)
        {
            var digit = random.Next(10);
            code[8 + i] = (char)('0' + digit);
            organisationSum += digit * OrganisationWeights[i];
        }

        code[16] = (11 - (organisationSum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var check => (char)('0' + check),
        };

        code[17] = UnifiedSocialCreditCode.CheckCharacter(code[..17]);
        return new string(code);
    }
}
