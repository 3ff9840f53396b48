using SiteGen.Analysis;
using SiteGen.Model;

namespace SiteGen.Tests.Analysis;

/// <summary>
/// The expectation matrix for the three full protocols against a table checked by hand against the seed text: for
/// every canonical expectation and direction, stated or not, and the clause a reader is sent to first (an item of an
/// expectations list before a free-standing sentence, then document order).
/// </summary>
[Trait("Kind", "Pure")]
public class ExpectationMatrixTests
{
    private const Direction MO = Direction.MembersToOfficers;
    private const Direction OM = Direction.OfficersToMembers;
    private const Direction Both = Direction.Mutual;

    /// <summary>Every stated cell; every cell not listed must be "not stated".</summary>
    private static readonly (string Authority, string Expectation, Direction Direction, string Clause)[] HandChecked =
    [
        // Hackney. The table at the top ("The Elected Mayor and Councillors will:" / "Officers will:") is a commitments
        // list, so its rows come first in document order; 7.1 and 7.2 are the "can expect from" lists.
        ("hackney", "working-partnership", MO, "7.2(a)"),
        ("hackney", "working-partnership", OM, "7.1(b)"),
        ("hackney", "understanding-of-roles-and-pressures", MO, "7.2(b)"),
        ("hackney", "understanding-of-roles-and-pressures", OM, "t2.6"),        // "Understand the constraints that the Elected Mayor and Councillors operate under"
        ("hackney", "respect-dignity-and-courtesy", MO, "t1.1"),                // "Respect employed staff …"; 7.2(e) too
        ("hackney", "respect-dignity-and-courtesy", OM, "t2.3"),                // "Listen to and respect the insight …"; 7.1(h) too
        ("hackney", "respect-dignity-and-courtesy", Both, "1.3"),               // "Mutual trust, respect and understanding … is crucial"
        ("hackney", "integrity-and-honesty", MO, "t1.5"),                       // "Engage with officers in an honest and straightforward way"
        ("hackney", "integrity-and-honesty", OM, "t2.5"),                       // "Be honest and open with the Elected Mayor and Councillors"
        ("hackney", "mutual-support", MO, "7.2(f)"),
        ("hackney", "mutual-support", OM, "7.1(j)"),
        ("hackney", "appropriate-confidentiality", MO, "7.2(f)"),
        ("hackney", "appropriate-confidentiality", OM, "7.1(j)"),
        ("hackney", "commitment-to-the-authority-as-a-whole", OM, "7.1(a)"),
        ("hackney", "timely-response", OM, "7.1(d)"),
        ("hackney", "professional-advice", MO, "t1.2"),                         // "Encourage constructive challenge from officers"
        ("hackney", "professional-advice", OM, "t2.4"),                         // "Make recommendations based on evidence"
        ("hackney", "political-neutrality", MO, "8.1(c)"),                      // scrutiny members "must: … (c) … Officers must not be asked questions relating to political views" (first of 8.1(c), 8.1(f))
        ("hackney", "political-neutrality", OM, "7.1(e)"),
        ("hackney", "regular-information", OM, "7.1(f)"),
        ("hackney", "awareness-of-the-political-environment", OM, "t2.1"),      // "… operational and political sensitivities"
        ("hackney", "training-and-development", OM, "7.1(i)"),
        ("hackney", "no-improper-use-of-position", MO, "7.2(h)"),
        ("hackney", "no-improper-use-of-position", OM, "7.1(k)"),
        ("hackney", "no-improper-use-of-position", Both, "2.2"),                // "neither party should seek to take unfair advantage"
        ("hackney", "code-of-conduct-compliance", MO, "7.2(i)"),
        ("hackney", "code-of-conduct-compliance", OM, "7.1(l)"),
        ("hackney", "political-leadership-and-direction", MO, "7.2(d)"),
        ("hackney", "local-knowledge-shared", MO, "7.2(c)"),
        ("hackney", "freedom-from-bullying-and-undue-pressure", MO, "7.2(g)"),
        ("hackney", "regard-for-junior-staff", MO, "7.2(g)"),
        ("hackney", "constructive-criticism", MO, "12.1(a)"),                   // "should always; (a) Avoid personal attacks on Officers"
        ("hackney", "not-undermined-in-public", MO, "12.2"),
        ("hackney", "reasonable-requests", MO, "5.2"),                          // "must not insist that any Officer take any action … unlawful"
        ("hackney", "avoid-close-personal-familiarity", MO, "4.4"),             // "… should similarly avoid excessive informality"
        ("hackney", "avoid-close-personal-familiarity", Both, "4.3"),           // a close relationship with a senior officer "should be avoided"

        // Haringey: 3.1 "from each other" is mutual; 3.2 members from officers; 3.3 officers from members.
        ("haringey", "understanding-of-roles-and-pressures", MO, "2.3"),       // "not the responsibility of members to involve themselves in the day-to-day management" (FORMAT.md "Directing officers' work")
        ("haringey", "working-partnership", Both, "3.1(a)"),
        ("haringey", "understanding-of-roles-and-pressures", Both, "3.1(b)"),
        ("haringey", "respect-dignity-and-courtesy", Both, "3.1(c)"),
        ("haringey", "integrity-and-honesty", Both, "3.1(d)"),
        ("haringey", "integrity-and-honesty", OM, "3.2(c)"),                    // "Professional, honest and impartial advice"
        ("haringey", "mutual-support", Both, "3.1(d)"),
        ("haringey", "appropriate-confidentiality", Both, "3.1(d)"),
        ("haringey", "appropriate-confidentiality", OM, "4.17"),                // officers keep confidential what they hear at a political group meeting
        ("haringey", "commitment-to-the-authority-as-a-whole", OM, "3.2(a)"),
        ("haringey", "timely-response", OM, "3.2(b)"),
        ("haringey", "professional-advice", OM, "3.2(c)"),
        ("haringey", "political-neutrality", OM, "3.2(c)"),
        ("haringey", "political-neutrality", MO, "3.3(e)"),                     // "not draw officers into political or group discussions"; 2.5 too
        // Not 4.25: there officers treat a member who is a council customer as any other member of the public.
        ("haringey", "regular-information", OM, "3.2(d)"),                      // 4.4 "keep members apprised" too
        ("haringey", "awareness-of-the-political-environment", OM, "3.2(e)"),
        ("haringey", "training-and-development", OM, "3.2(f)"),
        ("haringey", "personal-issues-kept-out", OM, "3.2(g)"),
        ("haringey", "code-of-conduct-compliance", OM, "3.2(h)"),
        ("haringey", "code-of-conduct-compliance", MO, "3.3(f)"),
        ("haringey", "support-for-members-role", OM, "3.2(i)"),
        ("haringey", "political-leadership-and-direction", MO, "3.3(a)"),
        ("haringey", "freedom-from-bullying-and-undue-pressure", MO, "3.3(b)"),
        ("haringey", "regard-for-junior-staff", MO, "3.3(b)"),
        ("haringey", "reasonable-requests", MO, "3.3(b)"),                      // "regard to … what are reasonable requests"
        ("haringey", "no-improper-use-of-position", MO, "3.3(c)"),
        ("haringey", "not-undermined-in-public", MO, "3.3(d)"),
        ("haringey", "avoid-close-personal-familiarity", Both, "3.4(a)"),       // "They should therefore be avoided"
        ("haringey", "political-neutrality", Both, "4.14"),                      // "members and officers should avoid officers being exposed to political discussions" (as tests/corpus/seed-haringey.truth.yml)

        // Hounslow: 3.1 councillors from officers; 3.2 officers from councillors.
        ("hounslow", "commitment-to-the-authority-as-a-whole", OM, "3.1(a)"),
        ("hounslow", "duties-performed-effectively", OM, "3.1(b)"),
        ("hounslow", "working-partnership", OM, "3.1(c)"),
        ("hounslow", "working-partnership", MO, "3.2(a)"),
        ("hounslow", "understanding-of-roles-and-pressures", OM, "3.1(d)"),
        ("hounslow", "understanding-of-roles-and-pressures", MO, "3.2(b)"),
        ("hounslow", "timely-response", OM, "3.1(e)"),
        ("hounslow", "political-neutrality", OM, "3.1(f)"),
        ("hounslow", "political-neutrality", MO, "2.4"),                        // "must still respect the impartiality of Officers"
        ("hounslow", "political-neutrality", Both, "10.2"),                     // "behave at all times in an impartial manner"
        ("hounslow", "professional-advice", OM, "3.1(f)"),
        ("hounslow", "professional-advice", MO, "2.7"),                         // "Officers expect to have their professional integrity respected …"
        ("hounslow", "regular-information", OM, "3.1(g)"),
        ("hounslow", "awareness-of-the-political-environment", OM, "3.1(h)"),
        ("hounslow", "respect-dignity-and-courtesy", OM, "3.1(i)"),
        ("hounslow", "respect-dignity-and-courtesy", MO, "3.2(d)"),
        ("hounslow", "respect-dignity-and-courtesy", Both, "1.1"),              // "characterised by mutual respect and trust"
        ("hounslow", "appropriate-confidentiality", OM, "3.1(i)"),
        ("hounslow", "appropriate-confidentiality", MO, "3.2(d)"),
        ("hounslow", "appropriate-confidentiality", Both, "10.2"),              // "there should be no breaches of confidence"
        ("hounslow", "training-and-development", OM, "3.1(j)"),
        ("hounslow", "no-improper-use-of-position", OM, "3.1(k)"),
        ("hounslow", "no-improper-use-of-position", MO, "3.2(f)"),
        ("hounslow", "code-of-conduct-compliance", OM, "3.1(l)"),
        ("hounslow", "code-of-conduct-compliance", MO, "3.2(g)"),
        ("hounslow", "support-for-members-role", OM, "3.1(m)"),
        ("hounslow", "political-leadership-and-direction", MO, "3.2(c)"),
        ("hounslow", "freedom-from-bullying-and-undue-pressure", MO, "3.2(e)"),
        ("hounslow", "integrity-and-honesty", Both, "1.1"),                     // "speak to each other openly and honestly"
        ("hounslow", "constructive-criticism", MO, "3.3"),                      // "Officers cannot respond to personal criticism … temper their remarks"
        ("hounslow", "regard-for-junior-staff", MO, "3.3"),                     // "… when Councillors are dealing with less senior staff"
        ("hounslow", "avoid-close-personal-familiarity", Both, "3.3"),          // "close personal familiarity can damage the relationship"; 10.3 too
    ];

    public static TheoryData<string> Authorities => new() { "hackney", "haringey", "hounslow" };

    [Theory]
    [MemberData(nameof(Authorities))]
    public void Every_cell_matches_the_hand_checked_table(string slug)
    {
        var matrices = AnalysisMatrices.Build(SeedAnalysis.Protocols, SeedAnalysis.Analysis);
        var expected = HandChecked.Where(h => h.Authority == slug).ToDictionary(h => (h.Expectation, h.Direction), h => $"{slug}/{h.Clause}");
        var problems = new List<string>();
        foreach (var expectation in SeedAnalysis.Content.Taxonomy.Expectations)
        {
            foreach (var direction in Enum.GetValues<Direction>())
            {
                var cell = matrices.Expectations.SingleOrDefault(r => r.Expectation.Id == expectation.Id && r.Direction == direction)
                    ?.Cells.Single(c => c.Slug == slug);
                var actual = cell is { IsStated: true } ? cell.Statements[0].ClauseId : null;
                var wanted = expected.GetValueOrDefault((expectation.Id, direction));
                if (actual != wanted) problems.Add($"{expectation.Id} {direction}: expected {wanted ?? "not stated"}, got {actual ?? "not stated"}");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_table_names_only_real_expectations_and_clauses()
    {
        var ids = SeedAnalysis.Content.Taxonomy.Expectations.Select(x => x.Id).ToHashSet();
        var clauses = SeedAnalysis.Protocols.SelectMany(p => p.AllClauses()).Select(c => c.Id).ToHashSet();
        Assert.All(HandChecked, h =>
        {
            Assert.Contains(h.Expectation, ids);
            Assert.Contains($"{h.Authority}/{h.Clause}", clauses);
        });
        Assert.Equal(HandChecked.Length, HandChecked.Select(h => (h.Authority, h.Expectation, h.Direction)).Distinct().Count());
    }

    [Fact]
    public void A_one_way_cell_is_covered_by_a_mutual_statement_but_not_stated()
    {
        // Haringey states "a working partnership" only as something members and officers can expect from each other.
        var matrices = AnalysisMatrices.Build(SeedAnalysis.Protocols, SeedAnalysis.Analysis);
        var cell = matrices.Expectations.Single(r => r.Expectation.Id == "working-partnership" && r.Direction == MO).Cells.Single(c => c.Slug == "haringey");
        Assert.False(cell.IsStated);
        Assert.True(cell.IsCovered);
        Assert.Equal("haringey/3.1(a)", cell.Mutual[0].ClauseId);
    }

    [Fact]
    public void Extract_cells_say_the_extract_is_silent_and_full_text_cells_say_the_protocol_is()
    {
        var matrices = AnalysisMatrices.Build(SeedAnalysis.Protocols, SeedAnalysis.Analysis);
        var row = matrices.Expectations.Single(r => r.Expectation.Id == "timely-response" && r.Direction == OM);
        Assert.Equal(Coverage.Extract, row.Cells.Single(c => c.Slug == "merton").Coverage);
        Assert.False(row.Cells.Single(c => c.Slug == "merton").IsCovered);
        Assert.Equal(Coverage.Full, row.Cells.Single(c => c.Slug == "hackney").Coverage);
    }

    [Fact]
    public void Staffordshire_we_will_commitments_take_their_direction_from_the_list_heading()
    {
        var statements = SeedAnalysis.Of("staffordshire").Expectations;
        Assert.Contains(statements, s => s.ClauseId == "staffordshire/p3.5" && s.Expectation == "timely-response" && s.Direction == OM && s.Form == StatementForm.Listed);
        Assert.Contains(statements, s => s.ClauseId == "staffordshire/p4.6" && s.Expectation == "freedom-from-bullying-and-undue-pressure" && s.Direction == MO);
    }

    [Fact]
    public void Surrey_free_standing_paragraphs_are_read_for_their_direction()
    {
        var statements = SeedAnalysis.Of("surrey").Expectations;
        Assert.Contains(statements, s => s.ClauseId == "surrey/16" && s.Expectation == "timely-response" && s.Direction == Both);
        Assert.Contains(statements, s => s.ClauseId == "surrey/17" && s.Expectation == "freedom-from-bullying-and-undue-pressure" && s.Direction == MO);
        Assert.Contains(statements, s => s.ClauseId == "surrey/18" && s.Expectation == "no-improper-use-of-position" && s.Direction == OM);
        Assert.All(statements, s => Assert.Equal(StatementForm.General, s.Form));
    }
}
