using Hub.Data.Organizations;

namespace Hub.Tests.Organizations;

public sealed class UnifiedSocialCreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")] // the example code in wide use (福州)
    [InlineData("914403001922038216")] // published codes of large enterprises (Shenzhen, Hangzhou, Beijing)
    [InlineData("91440300708461136T")]
    [InlineData("91330100799655058B")]
    [InlineData("91110108551385082Q")]
    [InlineData("11370000MB00000002")] // made up for this test, check character computed apart: 机关 11, 山东省 370000
    [InlineData("52370102MJD000010W")] // made up: 民办非企业单位 52, 历下区 370102
    public void Codes_with_a_right_check_character_parse(string text)
    {
        Assert.True(UnifiedSocialCreditCode.TryParse(text, out var code));
        Assert.Equal(text, code.Value);
        Assert.Equal(text, code.ToString());
        Assert.Equal(text, UnifiedSocialCreditCode.Parse(text).Value);
    }

    [Theory]
    [InlineData("91350100m000100y43", "91350100M000100Y43")]
    [InlineData("  91350100M000100Y43\t", "91350100M000100Y43")]
    public void Lower_case_and_surrounding_space_are_normalised(string text, string canonical)
    {
        Assert.True(UnifiedSocialCreditCode.TryParse(text, out var code));
        Assert.Equal(canonical, code.Value);
        Assert.Equal(UnifiedSocialCreditCode.Parse(canonical), code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("91350100M000100Y4")]   // 17 characters
    [InlineData("91350100M000100Y433")] // 19 characters
    [InlineData("91350100M000100Y44")]  // check character off by one
    [InlineData("91350100M000100Y40")]
    [InlineData("91350100M000100Y4I")]  // I is not in the alphabet, not even as the check character
    [InlineData("913501O0M000100Y43")]  // O
    [InlineData("91350100Z000100Y43")]  // Z
    [InlineData("91350100S000100Y43")]  // S
    [InlineData("91350100V000100Y43")]  // V
    [InlineData("91350100M000-00Y43")]  // punctuation
    [InlineData("9135 0100M000100Y4")]  // inner space
    [InlineData("９１350100M000100Y43")] // full-width digits
    [InlineData("914403001922038261")]  // two characters swapped
    public void Malformed_codes_and_wrong_check_characters_are_refused(string? text)
    {
        Assert.False(UnifiedSocialCreditCode.TryParse(text, out var code));
        Assert.Equal(default, code);
        Assert.Equal(string.Empty, code.Value);
        if (text is not null)
        {
            Assert.Throws<FormatException>(() => UnifiedSocialCreditCode.Parse(text));
        }
    }

    [Fact]
    public void The_check_character_follows_the_weights_3_to_the_i_mod_31()
    {
        // Worked by hand: 9·1 + 1·3 + 3·9 + 5·27 + 0 + 1·26 + 0 + 0 + M(21)·20 + 0 + 0 + 0 + 1·8 + 0 + 0 + Y(30)·30 + 4·28
        // = 9 + 3 + 27 + 135 + 26 + 420 + 8 + 900 + 112 = 1640; 1640 mod 31 = 28; 31 − 28 = 3.
        Assert.Equal('3', UnifiedSocialCreditCode.CheckCharacter("91350100M000100Y4"));

        // A sum that is a multiple of 31 gives 31 − 0 = 31, written 0.
        Assert.Equal('0', UnifiedSocialCreditCode.CheckCharacter("00000000000000000"));
        Assert.True(UnifiedSocialCreditCode.TryParse("000000000000000000", out _));
    }

    [Fact]
    public void Every_character_change_of_a_valid_code_is_caught()
    {
        const string valid = "91330100799655058B";
        for (var i = 0; i < valid.Length; i++)
        {
            foreach (var replacement in UnifiedSocialCreditCode.Alphabet)
            {
                if (replacement == valid[i])
                {
                    continue;
                }

                var changed = string.Concat(valid.AsSpan(0, i), replacement.ToString(), valid.AsSpan(i + 1));
                Assert.False(UnifiedSocialCreditCode.TryParse(changed, out _), changed);
            }
        }
    }

    [Fact]
    public void Check_character_refuses_input_it_cannot_weigh()
    {
        Assert.Throws<ArgumentException>(() => UnifiedSocialCreditCode.CheckCharacter("9135"));
        Assert.Throws<ArgumentException>(() => UnifiedSocialCreditCode.CheckCharacter("91350100I000100Y4"));
    }
}
