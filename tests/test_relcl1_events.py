"""An act told inside a noun phrase: relative clauses and reduced relatives in 2025 wire style (issue 14, session
37, branch relcl1; docs/events.md rule 390).

News often reports an act not as a main clause but inside the noun phrase of another one: an object relative ("the
sanctions that the EU imposed on Iran took effect"), a subject relative on an actor ("Kenya, which has accused Uganda
of shelling its villages, holds an election next month"), a reduced relative, a participle with its doer in a "by"
phrase ("migrants deported by the United States arrived in Caracas"), and relatives opened by "whom" or "where"
("Muscat, where Iran and the United States held talks in April, ..."). CAMEO codes the act by its verb whatever the
clause shape: the sanctions imposed are 163 from the imposer to the target, the expelled envoy 161, the deported
people 174 (from the deporting state to their country), the signed treaty 057 both ways, the talks held 040 both
ways (044 at a third country's venue, docs/events.md rule 353). The project's conventions that frame the rows: a
relative clause's act gives way to an asserted main event outside it (rule 53c: "Chile condemned Peru, which has
deported ..." is the condemnation only), so each row's main clause states no act between parties ("took effect",
"arrived", "holds an election"); a hypothetical inside the clause ("the sanctions that the EU would impose") stays
flagged; an act recalled by a past occasion ("signed during last year's summit") is coded but flagged background
(rule 356).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts, its expected
events (source, target, full CAMEO code, actors on their primary code) written from the codebook before the coder
ran. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off
(``rules_pipeline``). ``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases, unnegated_events
from .test_background1_events import BG, assert_background_row

Events = set[tuple[str, str, str]]


RELCL1_SENTENCES: list[tuple[str, Events]] = [
    # -- object relatives: "the N that / which / whom X <verb>ed (on / to Y)", and with no relative word
    ("The sanctions that the European Union imposed on Iran took effect on Monday.", {("IGO", "IRN", "163")}),
    ("The sanctions Britain imposed on Belarus in 2022 remain in force.", {("GBR", "BLR", "163")}),
    ("The Russian diplomats whom Poland expelled last week flew home on Sunday.", {("POL", "RUS", "161")}),
    ("The Venezuelan migrants that Chile deported last month arrived in Caracas on Thursday.", {("CHL", "VEN", "174")}),
    ("The aid that Japan sent to Ukraine arrived in Kyiv on Tuesday.", {("JPN", "UKR", "070")}),
    ("The agreement that Kenya and Ethiopia signed in March expires next year.", both("KEN", "ETH", "057")),
    # written 190 before the first run; the codebook's 194 "fight with artillery and tanks" is the shelling (the
    # main-clause twin codes it so)
    (
        "The Georgian villages which Russian forces shelled overnight were without power on Tuesday.",
        {("RUS", "GEO", "194")},
    ),
    ("The Eritrean refugees whom Israel deported last week reached Asmara on Monday.", {("ISR", "ERI", "174")}),
    ("The loan which China granted to Pakistan in January was worth two billion dollars.", {("CHN", "PAK", "071")}),
    ("The Polish envoy, whom Belarus expelled on Monday, had served in Minsk since 2022.", {("BLR", "POL", "161")}),
    ("The weapons that Iran supplied to the Houthis were found on a dhow off Oman.", {("IRN", "YEM", "072")}),
    (
        "Palestine, which Spain recognised last year, still has no full seat at the United Nations.",
        {("ESP", "PSE", "054")},
    ),
    # -- subject relatives on an actor: "X, which / who <verb>ed Y ..., <no act>"
    (
        "Kenya, which has accused Uganda of shelling its border villages, holds a general election next month.",
        {("KEN", "UGA", "1123")},
    ),
    ("Norway, which sent humanitarian aid to Sudan in June, has a new foreign minister.", {("NOR", "SDN", "073")}),
    (
        "Ecuador, which expelled the Mexican ambassador in April, votes on a new constitution on Sunday.",
        {("ECU", "MEX", "161")},
    ),
    ("The Iraqi militia that attacked a US base in Syria on Sunday has about 2,000 fighters.", {("IRQ", "USA", "190")}),
    ("The Indian delegation that met Chinese officials on Friday included two generals.", both("IND", "CHN", "040")),
    ("Hungary, which signed a gas deal with Russia in May, depends on Russian energy.", both("HUN", "RUS", "057")),
    (
        "The Malian junta, which expelled French troops in 2022, now relies on Russian instructors.",
        {("MLI", "FRA", "166")},
    ),
    (
        "Colombia, which deported hundreds of Ecuadorian prisoners last year, faces a budget crisis.",
        {("COL", "ECU", "174")},
    ),
    # -- reduced relatives: a participle with its doer in a "by" phrase
    ("Sanctions imposed by Washington on Caracas took effect on Monday.", {("USA", "VEN", "163")}),
    ("Venezuelan migrants deported by the United States arrived in Caracas on Friday.", {("USA", "VEN", "174")}),
    ("The Russian diplomats expelled by Estonia left Tallinn on Sunday.", {("EST", "RUS", "161")}),
    ("A treaty signed by Egypt and Sudan in 2021 governs the use of the Nile.", both("EGY", "SDN", "057")),
    ("Humanitarian aid sent by Turkey to Gaza was stuck at the Rafah crossing.", {("TUR", "PSE", "073")}),
    ("Airstrikes carried out by Israel on southern Lebanon killed three people.", {("ISR", "LBN", "195")}),
    (
        "Two Filipino fishermen detained by China near Scarborough Shoal appeared on state television.",
        {("CHN", "PHL", "173")},
    ),
    ("Weapons shipped by Iran to Yemen's Houthis were seized off the coast.", {("IRN", "YEM", "072")}),
    ("Thai soldiers attacked by Cambodian troops near the border were taken to hospital.", {("KHM", "THA", "190")}),
    ("Sudanese refugees expelled by Chad last month crossed back into Darfur.", {("TCD", "SDN", "174")}),
    # written 070 before the first run; a pledge is the intent to give, 033 "express intent to provide material aid"
    # (the main-clause twin "Japan pledged aid to Ukraine" codes 033)
    ("The aid pledged by Japan to Ukraine arrived in Kyiv on Tuesday.", {("JPN", "UKR", "033")}),
    ("The border crossings closed by Pakistan to Afghan trucks reopened on Monday.", {("PAK", "AFG", "172")}),
    # -- a participle of a meeting with the parties in a "between" phrase
    ("Talks held between Seoul and Tokyo on Thursday ended without a statement.", both("KOR", "JPN", "040")),
    # -- relatives with "where": the act told at the antecedent place
    ("Muscat, where Iran and the United States held talks in April, is also a trade hub.", both("IRN", "USA", "044")),
    ("Gaza City, where Israel carried out airstrikes on Sunday, has no electricity.", {("ISR", "PSE", "195")}),
    ("The border town where Thai and Cambodian troops clashed in July is quiet again.", both("THA", "KHM", "190")),
]

# rule 409a (session 38, aid2): "grant" is a gift verb now, so the Chinese loan row passes and left this dict
XFAIL: dict[str, str] = {
    "Kenya, which has accused Uganda of shelling its border villages, holds a general election next month.": (
        "the main clause's future date (next month) makes the relative clause's accusation hypothetical"
    ),
    "The aid pledged by Japan to Ukraine arrived in Kyiv on Tuesday.": (
        "030, not 033: the pledge participle's intent is read on the aid noun without the goods' class"
    ),
}


@pytest.mark.parametrize(("text", "expected"), table_cases(RELCL1_SENTENCES, XFAIL))
def test_relcl1_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


RELCL1_CONTROLS: list[tuple[str, Events]] = [
    # a relative clause whose verb is no act between parties
    (
        "The Iranian tanker that sailed through the Strait of Hormuz on Monday carried two million barrels of oil.",
        set(),
    ),
    ("The Kenyan officials who live in Uganda voted on Sunday.", set()),
    # a participle of opposing or receiving does not make its agent the doer (rule 3's closed list)
    ("The sanctions opposed by Hungary took effect on Monday.", set()),
    # an asserted main event outside the clause keeps the relative clause's act out (rule 53c)
    ("Chile condemned Peru, which has deported hundreds of Venezuelan migrants.", {("CHL", "PER", "111")}),
    ("Russia, which Ukraine accuses of war crimes, attacked Kharkiv on Sunday.", {("RUS", "UKR", "190")}),
    # the main-clause twins
    ("The European Union imposed sanctions on Iran.", {("IGO", "IRN", "163")}),
    ("Chile deported Venezuelan migrants last month.", {("CHL", "VEN", "174")}),
    ("Poland expelled Russian diplomats last week.", {("POL", "RUS", "161")}),
]


@pytest.mark.parametrize(("text", "expected"), RELCL1_CONTROLS)
def test_relcl1_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


def test_relcl1_hypothetical_relative_stays_flagged(rules_nlp: Language) -> None:
    """A relative clause's act under "would" is coded but hypothetical, never asserted."""
    text = "The sanctions that the European Union would impose on Iran are still under discussion in Brussels."
    assert asserted(rules_nlp, text) == set()
    assert ("IGO", "IRN", "163", True) in unnegated_events(rules_nlp, text)


def test_relcl1_relative_at_past_occasion_is_background(rules_nlp: Language) -> None:
    """A relative clause's act tied to an occasion the sentence marks as past is coded and flagged background
    (rule 356)."""
    text = (
        "The agreement that Armenia and Azerbaijan signed during last year's summit in Washington is still unratified."
    )
    # session 39 (relcl4, rule 410d): the summit the agreement was signed during is the signers' meeting at a third
    # location, 044 both ways beside the 057, as background2's "during their last meeting in Washington" row codes it
    assert_background_row(rules_nlp, text, both("ARM", "AZE", "057") | both("ARM", "AZE", "044"), BG)
