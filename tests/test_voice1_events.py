"""Form variants of acts our coder already codes in the active past tense (issue 14, session 36, branch voice1;
docs/events.md rule 376).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). This session's
breadth tables wrote mostly "A verbed B"; wire copy and a peer coder's validation sentences also write the same act as
a passive with "by" ("Two Indian diplomats were expelled by Pakistan"), a reduced passive participle on the act's
noun with the doer in its "by" phrase ("Sanctions imposed on Iran by the EU took effect"), a title and name as the
actor ("Iranian Foreign Minister Abbas Araghchi met ..."), a nominal ("Japan's condemnation of North Korea"), the
present or present perfect ("Egypt has recalled its ambassador") and the headline present ("Turkey slams Sweden
over ..."). The CAMEO code does not depend on the form: each row codes what its plain active past twin (in the
comment over the group, or written beside it) codes, and every twin was run on START first and passes there (rows
whose twin did not were left out). Thirteen roots: 02, 04, 05, 07, 08, 09, 11, 12, 13, 15, 16, 17, 19. Two rows were
written with a one-way or coarser code before the first run and follow the project's conventions now (marked).
Controls: the active twins, the noun's own "by" phrase, a participle with no agent (no event), and a participle
noun that is the object of another act (that act only). ``XFAIL`` keeps the rows the change does not fix, with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


VOICE1_SENTENCES: list[tuple[str, Events]] = [
    # passive with a "by" agent (twin: "Pakistan expelled two Indian diplomats.", ...)
    ("Two Indian diplomats were expelled by Pakistan.", {("PAK", "IND", "161")}),
    ("The Ukrainian drone strike was condemned by Russia.", {("RUS", "UKR", "111")}),
    ("The Sudanese foreign minister was hosted by Qatar.", {("QAT", "SDN", "043")}),
    ("Two Greek fishermen were arrested by Turkey.", {("TUR", "GRC", "173")}),
    ("South Korea was praised by Japan.", {("JPN", "KOR", "051")}),
    ("Lebanon was bombed by Israel.", {("ISR", "LBN", "195")}),
    ("The Philippines was accused of provocation by China.", {("CHN", "PHL", "112")}),
    ("Hungary was criticized by Germany.", {("DEU", "HUN", "111")}),
    ("Three American prisoners were released by Venezuela.", {("VEN", "USA", "0841")}),
    ("The Ghanaian proposal was rejected by Nigeria.", {("NGA", "GHA", "120")}),
    ("Israel was threatened by Iran.", {("IRN", "ISR", "130")}),
    ("Pakistan was attacked by India.", {("IND", "PAK", "190")}),
    ("Yemeni officials were investigated by Saudi Arabia.", {("SAU", "YEM", "090")}),
    ("Argentina was endorsed by Brazil.", {("BRA", "ARG", "051")}),
    ("Israel was urged by Jordan to halt the offensive.", {("JOR", "ISR", "0256")}),
    # reduced passive participle on the act's noun, the doer in its "by" phrase (twin: "The EU imposed sanctions on
    # Iran.", "Japan provided economic aid to Sri Lanka.", ...): rule 376
    ("Sanctions imposed on Iran by the EU took effect on Monday.", {("IGO", "IRN", "163")}),
    ("New sanctions imposed by Canada on Russia entered into force.", {("CAN", "RUS", "163")}),
    ("Economic aid provided by Japan to Sri Lanka arrived on Friday.", {("JPN", "LKA", "071")}),
    ("Humanitarian aid sent by Australia to Fiji reached the islands.", {("AUS", "FJI", "073")}),
    ("Military aid delivered by Germany to Ukraine included tanks.", {("DEU", "UKR", "072")}),
    ("Loans extended by China to Kenya worried analysts.", {("CHN", "KEN", "071")}),
    ("Tariffs imposed by the United States on China rose again.", {("USA", "CHN", "163")}),
    ("Sanctions imposed by Britain on Iranian officials were announced on Monday.", {("GBR", "IRN", "163")}),
    ("Strikes launched by Israel on Gaza killed ten people.", {("ISR", "PSE", "190")}),
    ("Airstrikes conducted by Turkey in northern Iraq killed five militants.", {("TUR", "IRQ", "195")}),
    # titles and names as actors (twin: "France criticized Algeria.", ...)
    # a meeting is mutual (both directions, rule 100c); written one-way before the first run
    ("Iranian Foreign Minister Abbas Araghchi met his Omani counterpart in Muscat.", both("IRN", "OMN", "040")),
    ("French President Emmanuel Macron criticized Algeria.", {("FRA", "DZA", "111")}),
    ("German Chancellor Friedrich Merz visited Poland.", {("DEU", "POL", "042")}),
    ("Indian Prime Minister Narendra Modi praised Japan.", {("IND", "JPN", "051")}),
    ("Brazilian President Luiz Inacio Lula da Silva condemned Israel.", {("BRA", "ISR", "111")}),
    ("Turkish Defense Minister Yasar Guler threatened Syria.", {("TUR", "SYR", "130")}),
    ("British Foreign Secretary David Lammy accused Russia of sabotage.", {("GBR", "RUS", "112")}),
    ("Kenyan President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed.", {("KEN", "ETH", "043")}),
    ("Russian Defense Minister Andrei Belousov deployed troops to Belarus.", {("RUS", "BLR", "150")}),
    # nominal forms (twin: "Japan condemned North Korea.", ...)
    ("Japan's condemnation of North Korea drew a sharp reply.", {("JPN", "PRK", "111")}),
    ("Poland's expulsion of Belarusian diplomats angered Minsk.", {("POL", "BLR", "161")}),
    ("Ukraine's criticism of Hungary grew louder.", {("UKR", "HUN", "111")}),
    ("The Saudi visit to China ended on Tuesday.", {("SAU", "CHN", "042")}),
    ("Chile's praise of Peru surprised analysts.", {("CHL", "PER", "051")}),
    ("Russia's invasion of Ukraine entered its fourth year.", {("RUS", "UKR", "190")}),
    ("Egypt's rejection of the Ethiopian plan was expected.", {("EGY", "ETH", "120")}),
    ("Serbia's arrest of Kosovo police officers raised tension.", {("SRB", "XKX", "173")}),
    # present and present perfect (twin: "Egypt recalled its ambassador from Israel.", ...)
    ("Egypt has recalled its ambassador from Israel.", {("EGY", "ISR", "161")}),
    ("Colombia has expelled Venezuelan diplomats.", {("COL", "VEN", "161")}),
    ("Morocco has condemned Algeria.", {("MAR", "DZA", "111")}),
    # an accusation of shelling is one of aggression (1123); written 112 before the first run
    ("Thailand has accused Cambodia of shelling.", {("THA", "KHM", "1123")}),
    ("Armenia criticizes Azerbaijan.", {("ARM", "AZE", "111")}),
    ("Vietnam is hosting the Laotian president.", {("VNM", "LAO", "043")}),
    ("Iraq has rejected the Turkish offer.", {("IRQ", "TUR", "120")}),
    ("Mexico praises Canada.", {("MEX", "CAN", "051")}),
    ("Sudan has attacked Chad.", {("SDN", "TCD", "190")}),
    ("Jordan has released two Syrian prisoners.", {("JOR", "SYR", "0841")}),
    ("Norway has imposed sanctions on Belarus.", {("NOR", "BLR", "163")}),
    ("Qatar has provided humanitarian aid to Gaza.", {("QAT", "PSE", "073")}),
    ("Russia has deployed troops to Belarus.", {("RUS", "BLR", "150")}),
    ("Jordan has urged Israel to halt the offensive.", {("JOR", "ISR", "0256")}),
    # headline style (twin: "Turkey criticized Sweden over Koran burning.", ...)
    ("Turkey slams Sweden over Koran burning", {("TUR", "SWE", "111")}),
    ("China condemns Japan over Taiwan remarks", {("CHN", "JPN", "111")}),
    ("Russia expels Estonian diplomats", {("RUS", "EST", "161")}),
    ("Israel strikes Lebanon", {("ISR", "LBN", "190")}),
    ("India accuses Pakistan of ceasefire violation", {("IND", "PAK", "112")}),
    ("Iran threatens United States", {("IRN", "USA", "130")}),
    ("Germany hails France", {("DEU", "FRA", "051")}),
    ("Ethiopia rejects Egyptian demand", {("ETH", "EGY", "120")}),
    ("Greece blasts Turkey over maritime map", {("GRC", "TUR", "111")}),
    ("Pakistan arrests Afghan migrants", {("PAK", "AFG", "173")}),
    ("Kenya hosts Uganda for border talks", {("KEN", "UGA", "043")}),
    ("Japan imposes sanctions on Russia", {("JPN", "RUS", "163")}),
    ("Russia deploys troops to Belarus", {("RUS", "BLR", "150")}),
    ("Jordan urges Israel to halt offensive", {("JOR", "ISR", "0256")}),
]

XFAIL: dict[str, str] = {
    "Egypt's rejection of the Ethiopian plan was expected.": "the nominal under a passive 'was expected' codes no "
    "event (read as a forecast, not a rejection that took place); ambiguous, left alone",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(VOICE1_SENTENCES, XFAIL))
def test_voice1_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


VOICE1_CONTROLS: list[tuple[str, Events]] = [
    # the active twins keep their codes
    ("The EU imposed sanctions on Iran.", {("IGO", "IRN", "163")}),
    ("Japan provided economic aid to Sri Lanka.", {("JPN", "LKA", "071")}),
    ("Pakistan expelled two Indian diplomats.", {("PAK", "IND", "161")}),
    ("Japan condemned North Korea.", {("JPN", "PRK", "111")}),
    ("Turkey criticized Sweden over Koran burning.", {("TUR", "SWE", "111")}),
    ("Egypt recalled its ambassador from Israel.", {("EGY", "ISR", "161")}),
    # the noun's own "by" phrase, as before
    ("Sanctions on Iran by the EU took effect.", {("IGO", "IRN", "163")}),
    # a participle with no "by" agent names no doer: no event
    ("Sanctions imposed on Iran took effect.", set()),
    # the participle noun is the object of another act: that act only, toward the agent
    ("Iran condemned sanctions imposed by the EU.", {("IRN", "IGO", "111")}),
    ("Russia rejected sanctions imposed by the EU.", {("RUS", "IGO", "120")}),
]


@pytest.mark.parametrize(("text", "expected"), VOICE1_CONTROLS)
def test_voice1_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
