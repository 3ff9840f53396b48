using SiteGen.Content;
using SiteGen.Model;
using SiteGen.Normalise;

namespace SiteGen.Tests.Normalise;

/// <summary>
/// Invented pages and pastes with the furniture real council pages and PDFs put around and inside a protocol, each with
/// look-alikes that must stay text. Every page, clause and name below is invented; the kinds of furniture were learnt from
/// real pages, among them:
///   https://www.wyreforestdc.gov.uk/your-council/councillors-committees-and-meetings/constitution/section-16-a-protocol-for-member-officer-relations/
///     ("Skip to content", "Last updated 4 January 2022, version 3" over the protocol)
///   https://havant.moderngov.co.uk/ecsddisplayclassic.aspx?name=sd913&amp;id=913&amp;rpid=0&amp;path=14201,14203
///     ("Library view optionsIconsList", "Library home - Policy Hub - Councillors", one document-control field a line)
///   http://democracy.leeds.gov.uk/ecSDDisplay.aspx?ID=2146&amp;sch=doc ("Library view optionsClassic", "Issue 1")
///   http://telford.gov.uk/info/20243/council_meetings/366/meeting_procedures_policies_and_protocols ("Last updated: 19/04/2023 14:50")
///   https://www.stroud.gov.uk/council-and-democracy/about-the-council ("JavaScript is not enabled on your browser …")
///   https://www.croydon.gov.uk/council-and-elections/budgets-and-spending/corporate-code-governance ("Help improve this site by giving feedback")
///   https://minutes.tewkesbury.gov.uk/ieIssueDetails.aspx?IId=18316&amp;Opt=3&amp;PlanId=0 and https://moderngov.southwark.gov.uk/mgAi.aspx?ID=3321
///     (moderngov "pdf icon PDF 62 KB", "Supporting documents:", agenda items and appendices of committee reports)
///   http://www.sutton-in-craven-pc.co.uk/standingorders.htm (a parish site's menu one entry a line, "back to home")
///   http://uckfieldtc.gov.uk/Your-Council.aspx ("Newsletter Signup", "Subscribe to our mailing list", "* indicates required")
///   https://scambs.gov.uk/about-your-council/find-out-about-your-parish-council/parish-council-guidance-and-information ("[PDF, 0.3MB]" links)
///   https://issuu.com./ippfresources/docs/ippf-standards-and-responsibilities-of-membership- ("Page 1" heads of a PDF)
///   http://wiki.foundersdistrict.org/index.php?title=Policy_and_Protocol&amp;oldid=675 ("Jump to: navigation, search")
/// Each page lists the furniture that must go and the text (clauses, headings, look-alikes) that must stay; losing text
/// is worse than leaving furniture, so a page only passes when all of its text is kept.
/// </summary>
[Trait("Kind", "Pure")]
public class InventedFurnitureTests
{
    private sealed record Page(string Name, string Body, string[] Furniture, string[] Text, string Authority = "Fenbury Borough Council")
    {
        public override string ToString() => Name;
    }

    private static Protocol Normalise(Page page)
    {
        var file = new SourceFile("content/protocols/test.md",
            $"---\nauthority: {page.Authority}\nshort_name: Fenbury\ncouncil_type: district\nnation: england\ntitle: Councillor and Staff Protocol\nstatus: adopted\nsource: test\ncoverage: full\n---\n" + page.Body);
        var (document, errors) = ProtocolFileParser.Parse(file);
        Assert.True(document is not null, string.Join("\n", errors));
        return ProtocolNormaliser.Normalise(document!).Protocol;
    }

    /// <summary>Every clause (its number and text) and every heading (the printed title too), one string per line.</summary>
    private static string[] Everything(Protocol p) =>
        [.. p.PrintedTitle, .. p.Sections.SelectMany(s => s.HeadingPath), .. p.AllClauses().Select(c => $"{c.Number} {c.Text}")];

    [Theory]
    [MemberData(nameof(Pages))]
    public void Furniture_goes_and_every_line_of_text_stays(string name)
    {
        var page = All.Single(p => p.Name == name);
        var everything = Everything(Normalise(page));
        var lost = page.Text.Where(t => !everything.Any(e => e.Contains(t, StringComparison.Ordinal))).ToArray();
        var left = page.Furniture.Where(f => everything.Any(e => e.Contains(f, StringComparison.Ordinal))).ToArray();
        Assert.True(lost.Length == 0 && left.Length == 0,
            $"text lost: [{string.Join(" / ", lost)}]\nfurniture left: [{string.Join(" / ", left)}]\nread:\n{string.Join("\n", everything)}");
    }

    public static TheoryData<string> Pages() => [.. All.Select(p => p.Name)];

    private static readonly Page[] All =
    [
        new("District web page: skip link, cookie banner, menu, search and breadcrumb above the text", """
            Skip to main content

            Cookies on the Fenbury Borough Council website
            We use some essential cookies to make this website work.
            Accept additional cookies
            Reject additional cookies
            View cookies

            Menu
            Search this site

            You are here: Home > Your council > Constitution

            # Councillor and Staff Protocol

            ## 1. Purpose

            1.1 This protocol sets out how councillors and staff work together.

            1.2 A councillor who wants to search council records should ask the relevant officer first.
            """,
            ["Skip to main content", "Cookies on the Fenbury", "We use some essential cookies", "Accept additional cookies", "Reject additional cookies",
             "View cookies", "Menu", "Search this site", "You are here"],
            ["Purpose", "This protocol sets out how councillors and staff work together.", "A councillor who wants to search council records"]),

        new("District web page: share, feedback, last updated and footer links below the text", """
            ## 4. Communications

            4.1 Staff must not share a councillor's personal e-mail address without consent.

            4.2 Last updated guidance on social media is kept on the intranet by the Communications Manager.

            Share this page
            Facebook
            LinkedIn
            Email

            Was this page helpful?
            Yes
            No

            Last updated: 12/03/2025 10:41

            Contact us
            Accessibility statement
            Cookies
            Privacy notice
            Follow us on Facebook
            © 2025 Fenbury Borough Council
            """,
            ["Share this page", "Facebook", "LinkedIn", "Was this page helpful", "12/03/2025", "Contact us", "Accessibility statement", "Privacy notice", "© 2025"],
            ["Communications", "Staff must not share a councillor's personal e-mail address without consent.",
             "Last updated guidance on social media is kept on the intranet by the Communications Manager."]),

        new("Committee-system document library: view options, a dashed breadcrumb and one control field a line", """
            Library view optionsIconsList

            Library home - Policy Hub - Councillors

            Author: Monitoring Officer

            Approved by: Council

            Date of Approval: 27 January 2021

            ## 1 Introduction

            1.1 Councillors and officers are servants of the public, with different roles.

            1.2 Officers advise; councillors decide, within the law and the Council's policies.
            """,
            ["Library view options", "Library home", "Author: Monitoring Officer", "Approved by: Council", "Date of Approval"],
            ["Introduction", "Councillors and officers are servants of the public, with different roles.", "Officers advise; councillors decide"]),

        new("PDF: a running head of two lines at every page break, one of them inside a sentence", """
            Fenbury Borough Council Constitution
            Part 5 - Codes and Protocols

            ## 2. Roles

            2.1 Councillors set policy and officers carry it out.

            2.2 A councillor who is unhappy with an officer's work should raise it with the

            Page 2 of 3

            Fenbury Borough Council Constitution
            Part 5 - Codes and Protocols

            relevant Head of Service, citing the page numbers of any report concerned.

            2.3 The Head of Service will reply within ten working days.

            Page 3 of 3
            """,
            ["Page 2 of 3", "Page 3 of 3", "Part 5 - Codes and Protocols", "Fenbury Borough Council Constitution"],
            ["Roles", "Councillors set policy and officers carry it out.", "raise it with the relevant Head of Service, citing the page numbers of any report concerned.",
             "The Head of Service will reply within ten working days."]),

        new("PDF of two pages: a running head seen once, inside a sentence", """
            ## 3. Concerns

            3.1 An officer who feels bullied by a councillor should speak to their line manager, who will

            Fenbury Constitution - Part 4 (Protocols) - Page 7

            involve the Monitoring Officer where the concern is serious.

            3.2 Nothing in this protocol limits the whistleblowing policy.
            """,
            ["Part 4 (Protocols)"],
            ["Concerns", "who will involve the Monitoring Officer where the concern is serious.", "Nothing in this protocol limits the whistleblowing policy."]),

        new("Committee report: agenda item and appendix labels over the protocol, agenda-pack page numbers inside it", """
            Agenda Item 7

            Appendix A

            # Member and Officer Protocol

            ## 1. Purpose

            1.1 This protocol guides members and officers in their dealings with one another.

            45

            1.2 It forms part of the Council's Constitution.

            ## Appendix B - Where to raise a concern

            B1 A member should raise a concern about an officer with the Chief Executive.
            """,
            ["Agenda Item 7"],
            ["Purpose", "This protocol guides members and officers in their dealings with one another.", "It forms part of the Council's Constitution.",
             "Appendix B - Where to raise a concern", "A member should raise a concern about an officer with the Chief Executive."]),

        new("Policy template: a document-control block one field a line, and a heading about version control of advice", """
            Document title: Councillor and Staff Protocol
            Owner: Monitoring Officer
            Version: 2.1
            Status: Approved
            Approved by: Full Council, 14 May 2024
            Review date: May 2027

            ## 1. Scope

            1.1 This protocol applies to every councillor and every member of staff.

            ## 6. Version control of advice

            6.1 Officers keep a record of each version of written advice given to a councillor.
            """,
            ["Document title:", "Owner: Monitoring Officer", "Version: 2.1", "Status: Approved", "Full Council, 14 May 2024", "Review date"],
            ["Scope", "This protocol applies to every councillor and every member of staff.", "Version control of advice",
             "Officers keep a record of each version of written advice given to a councillor."]),

        new("Policy template: a version-history table at the end", """
            ## 5. Review

            5.1 The Standards Committee will review this protocol every two years.

            ## Document history

            | Version | Date | Author | Changes |
            |---|---|---|---|
            | 1.0 | March 2021 | Monitoring Officer | First issue |
            | 1.1 | May 2024 | Monitoring Officer | Section 6 on social media added |
            """,
            ["Document history", "First issue", "Section 6 on social media added"],
            ["Review", "The Standards Committee will review this protocol every two years."]),

        new("Parish web page: the site's name and menu one entry a line above, the clerk's contact lines below", """
            Fenbury Parish Council

            Home
            About us
            Councillors
            Meetings
            Documents
            Contact us

            ## Protocol for Councillors and the Clerk

            1. The Clerk is the council's proper officer and takes instructions only from the council.

            2. The Clerk keeps the council's records, which include:
            - Agendas
            - Minutes
            - Correspondence

            3. A councillor with a concern about the Clerk raises it with the Chair.

            Fenbury Parish Council
            Clerk: Mrs A Hughes
            Tel: 01632 960123
            Email: clerk@fenburyparish.gov.uk
            Website by Parish Webs Ltd
            """,
            ["About us", "Contact us", "Home", "Mrs A Hughes", "01632 960123", "clerk@fenburyparish.gov.uk", "Website by"],
            ["The Clerk is the council's proper officer", "Agendas", "Minutes", "Correspondence", "A councillor with a concern about the Clerk raises it with the Chair."],
            Authority: "Fenbury Parish Council"),

        new("Parish web page converted to Markdown: a menu of links above, an in-page list of anchor links", """
            - [Home](/)
            - [The Council](/council)
            - [Meetings](/meetings)
            - [Policies](/policies)

            On this page:
            - [Purpose](#purpose)
            - [Respect](#respect)

            ## Purpose

            This protocol helps councillors and the Clerk work well together.

            ## Respect

            Councillors and the Clerk should treat each other with respect.

            A councillor should see the [Code of Conduct](/policies/code) for the rules on behaviour.
            """,
            ["The Council", "Policies", "On this page"],
            ["Purpose", "This protocol helps councillors and the Clerk work well together.", "Respect", "Councillors and the Clerk should treat each other with respect.",
             "A councillor should see the Code of Conduct for the rules on behaviour."],
            Authority: "Fenbury Parish Council"),

        new("Bilingual Welsh PDF: page numbers and a running head in both languages", """
            ## 2. Rolau / Roles

            2.1 Councillors set the council's policies.

            2.2 Officers give impartial advice to all councillors and

            Tudalen 2 o 5 / Page 2 of 5

            carry out the council's decisions.

            2.3 The Clerk manages the other members of staff.

            Tudalen 3 o 5 / Page 3 of 5
            """,
            ["Tudalen 2", "Tudalen 3", "Page 3 of 5"],
            ["Roles", "Councillors set the council's policies.", "Officers give impartial advice to all councillors and carry out the council's decisions.",
             "The Clerk manages the other members of staff."]),

        new("Web page: last-updated lines with a version, a time or a review due date", """
            Last updated 4 January 2022, version 3

            ## 1. Introduction

            1.1 This protocol describes how councillors and officers work together.

            1.2 Last updated in May 2024, this protocol replaces the 2019 guidance.

            Page last reviewed: 3 March 2025 - Next review due: 3 March 2026

            Published: 12 May 2023 | Updated: 2 June 2024
            """,
            ["4 January 2022", "Page last reviewed", "12 May 2023"],
            ["Introduction", "This protocol describes how councillors and officers work together.", "Last updated in May 2024, this protocol replaces the 2019 guidance."]),

        new("Printed or downloaded copy: print stamps and protective markings", """
            OFFICIAL

            ## 2. Access to information

            2.1 Officers will print copies of this protocol for new councillors.

            2.2 A councillor may ask to see papers the councillor needs for council business.

            Printed on 14/03/2025 at 10:32

            This document was downloaded from www.fenbury.gov.uk on 3 March 2025

            Uncontrolled when printed
            """,
            ["OFFICIAL", "14/03/2025", "was downloaded from", "Uncontrolled when printed"],
            ["Access to information", "Officers will print copies of this protocol for new councillors.",
             "A councillor may ask to see papers the councillor needs for council business."]),

        new("Intranet page: a breadcrumb, an owner line, a rating box and a hard-wrapped clause whose line starts with a number", """
            Intranet home > Policies > HR > Councillor and staff protocol

            Owner: Legal Services | Last reviewed: June 2024

            ## 4. Conduct

            4.1 Councillors must follow paragraph
            3 of the Code of Conduct when dealing with staff.

            4.2 A member of staff must not be asked to do party political work.

            Rate this page
            Report a broken link
            Back to top
            """,
            ["Intranet home", "Legal Services", "Rate this page", "Report a broken link", "Back to top"],
            ["Conduct", "Councillors must follow paragraph 3 of the Code of Conduct when dealing with staff.", "A member of staff must not be asked to do party political work."]),

        new("Web page with social links in a row and a newsletter box", """
            ## 5. Social media

            5.1 Councillors should not criticise named officers on social media.

            5.2 Officers will not follow councillors' political accounts from council accounts.

            Share on Facebook    Share on X    Share by email

            Newsletter signup
            Subscribe to our mailing list
            * indicates required
            """,
            ["Share on Facebook", "Newsletter signup", "Subscribe to our mailing list", "indicates required"],
            ["Social media", "Councillors should not criticise named officers on social media.", "Officers will not follow councillors' political accounts from council accounts."]),

        new("Web page: browser notices and site tools above the text", """
            JavaScript is not enabled on your browser. Some features of this website will not work.

            Translate this page
            Text size: A A A
            Listen to this page

            Jump to: navigation, search

            ## 1. Principles

            1.1 Councillors and officers should listen to each other and respect each other's roles.

            1.2 Officers will translate council documents into Welsh on request.
            """,
            ["JavaScript", "Translate this page", "Text size", "Listen to this page", "Jump to"],
            ["Principles", "Councillors and officers should listen to each other and respect each other's roles.", "Officers will translate council documents into Welsh on request."]),

        new("Browser print of a web page: date and title over each page, address and page count under it", """
            12/03/2025, 10:41    Councillor and Staff Protocol | Fenbury Borough Council

            ## 3. Meetings

            3.1 Officers attend meetings to advise, not to take part in debate.

            https://www.fenbury.gov.uk/council/protocols/councillor-staff    1/2

            12/03/2025, 10:41    Councillor and Staff Protocol | Fenbury Borough Council

            3.2 The chair of a meeting should protect officers from personal criticism.

            https://www.fenbury.gov.uk/council/protocols/councillor-staff    2/2
            """,
            ["10:41", "https://www.fenbury.gov.uk"],
            ["Meetings", "Officers attend meetings to advise, not to take part in debate.", "The chair of a meeting should protect officers from personal criticism."]),

        new("Word document printed with its file path in the footer", """
            ## 1. Purpose

            1.1 This protocol explains how councillors and staff should work together.

            1.2 Councillors can download the protocol as a PDF from the council's website.

            S:\Legal\Constitution\Part 5\Councillor Staff Protocol v3.docx
            """,
            ["Councillor Staff Protocol v3.docx"],
            ["Purpose", "This protocol explains how councillors and staff should work together.", "Councillors can download the protocol as a PDF from the council's website."]),

        new("Page numbers in other shapes: a fraction, a dash pair, a Page bar", """
            ## 2. Advice

            2.1 Officers give advice in writing when a councillor asks.

            3 / 12

            2.2 Advice to one political group is not shared with another without consent.

            - 4 -

            2.3 Officers advise the whole council, not one group.

            Page | 5
            """,
            ["3 / 12", "- 4 -", "Page | 5"],
            ["Advice", "Officers give advice in writing when a councillor asks.", "Advice to one political group is not shared with another without consent.",
             "Officers advise the whole council, not one group."]),

        new("Committee-system agenda page: supporting documents with file sizes", """
            ## 1. Introduction

            1.1 This protocol supports the Members' Code of Conduct.

            1.2 Members should read it with the Officers' Code of Conduct.

            Supporting documents:
            Member Officer Protocol appendix A pdf icon PDF 212 KB
            Equality impact assessment [PDF, 0.3MB]
            """,
            ["Supporting documents", "PDF 212 KB", "0.3MB"],
            ["Introduction", "This protocol supports the Members' Code of Conduct.", "Members should read it with the Officers' Code of Conduct."]),

        new("Web page: a feedback box and a 'you might also be interested in' list after the text", """
            ## 7. Complaints

            7.1 A complaint that a councillor has broken this protocol goes to the Monitoring Officer.

            Help us improve this website
            Tell us what you think of this page

            You might also be interested in
            Make a complaint about a councillor
            Register of interests
            """,
            ["Help us improve this website", "Tell us what you think", "You might also be interested in", "Register of interests"],
            ["Complaints", "A complaint that a councillor has broken this protocol goes to the Monitoring Officer."]),

        new("Look-alikes only: headings and clauses that sound like chrome stay", """
            ## Share information with care

            1. Officers share information with councillors who need it for their role.

            ## Back to the start: informal resolution

            2. Most concerns are settled by a conversation.

            3. Councillors may print this page of guidance for their own use.

            4. Version 2 of the Code of Conduct applies from May 2024.

            ## Contact us

            5. Contact the Monitoring Officer on 01632 960000 with any question about this protocol.
            """,
            [],
            ["Share information with care", "Officers share information with councillors who need it for their role.", "Back to the start: informal resolution",
             "Most concerns are settled by a conversation.", "Councillors may print this page of guidance for their own use.",
             "Version 2 of the Code of Conduct applies from May 2024.", "Contact us", "Contact the Monitoring Officer on 01632 960000"]),

        new("Look-alikes only: a short list after a lead-in and a contact block the protocol gives", """
            ## 8. Who to contact

            8.1 Raise a concern about a councillor with:

            Monitoring Officer
            Town Hall, Market Street, Fenbury FB1 2AB
            Tel: 01632 960000
            Email: monitoring.officer@fenbury.gov.uk
            """,
            [],
            ["Who to contact", "Raise a concern about a councillor with", "Monitoring Officer", "Town Hall, Market Street, Fenbury FB1 2AB", "Tel: 01632 960000", "monitoring.officer@fenbury.gov.uk"]),
        new("PDF: the last page's footer of names, constitution part, protocol number and issue", """
            ## 9. Review

            9.1 The Standards Committee will review this protocol every two years.

            9.2 Councillors - and officers - may suggest changes at any time.

            Fenbury BC - Constitution Part 5 - Protocol 2 - Issue 4
            """,
            ["Protocol 2 - Issue 4"],
            ["Review", "The Standards Committee will review this protocol every two years.", "Councillors - and officers - may suggest changes at any time."]),

        new("Bilingual Welsh PDF: an adoption stamp in both languages at the end", """
            ## 8. Adolygu / Review

            8.1 Adopted by Council, this protocol binds every councillor and officer from its first day.

            8.2 The Clerk will bring it back to the council every two years.

            Mabwysiadwyd gan y Cyngor / Adopted by Council: 9 Hydref / October 2024
            """,
            ["Mabwysiadwyd", "October 2024"],
            ["Review", "Adopted by Council, this protocol binds every councillor and officer from its first day.", "The Clerk will bring it back to the council every two years."]),
        new("PDF: the protocol's title, in both languages, under a later page's running head; a heading that names it stays", """
            FENBURY TOWN COUNCIL - STANDING DOCUMENTS

            Councillor and Staff Protocol

            1. Scope of the Councillor and Staff Protocol

            1.1 This protocol covers every councillor and every employee of the council.

            12

            FENBURY TOWN COUNCIL - STANDING DOCUMENTS
            Protocol Cynghorwyr a Staff / Councillor and Staff Protocol

            2. Roles

            2.1 The Clerk advises the council and manages its staff.

            13

            FENBURY TOWN COUNCIL - STANDING DOCUMENTS
            """,
            ["Protocol Cynghorwyr a Staff", "STANDING DOCUMENTS"],
            ["Scope of the Councillor and Staff Protocol", "This protocol covers every councillor and every employee of the council.", "Roles",
             "The Clerk advises the council and manages its staff."]),

        new("Web page: an archive notice behind a banner label", """
            Notice: This page has been archived and is kept for reference only.

            ## 1. Purpose

            1.1 This protocol guides councillors and staff.

            1.2 Notice: councillors must give staff reasonable notice of any request for a briefing.
            """,
            ["This page has been archived"],
            ["Purpose", "This protocol guides councillors and staff.", "Notice: councillors must give staff reasonable notice of any request for a briefing."]),
        new("Look-alikes only: the protocol's last words are contact details and a definition list", """
            ## 1. Definitions

            Owner: the officer who keeps a council policy up to date

            Author: the person who writes a report to a committee

            ## 9. Advice

            9.1 For advice on this protocol, contact the Monitoring Officer.

            Tel: 01632 960000
            Email: monitoring.officer@fenbury.gov.uk
            """,
            [],
            ["Owner: the officer who keeps a council policy up to date", "Author: the person who writes a report to a committee",
             "For advice on this protocol, contact the Monitoring Officer.", "01632 960000", "monitoring.officer@fenbury.gov.uk"]),
    ];
}
