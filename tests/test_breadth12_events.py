"""Breadth of CAMEO roots 12 "reject" and 13 "threaten" in 2025 wire style (issue 14, session 36, branch breadth12;
docs/events.md rule 367).

Each sentence is our own construction, none copied from an evaluation set, the seeds or the news excerpts; the
expected codes were written from the code list (/work/shared/data/cameo-eventcodes.tsv) before the coder ran. Two
short sentences for most sub-codes of 12 (121-129 with 1211-1246) and 13 (130-139 with 1311-1385), one actor pair and
a clear verb each, a state, a leader or an organization as the actor. The real spaCy model, ``actor_resolver`` and
``event_coder`` run with the learned layer off (``rules_pipeline``). Conventions: a request rejected is coded by what
was requested (1221-1224 aid, 1231-1234 reform), toward the requester; a refusal to yield by what is not yielded
(1241-1246), toward the party it would have gone to; a state's act on its own people (a curfew, martial law, a party
ban, a crackdown) has the country as its target (rule 313b, the "Domestic events" convention); a threat made on a
condition is still asserted (rule 53a). ``XFAIL`` keeps the rows rule 367 does not fix, each with why;
``BREADTH12_CONTROLS`` are acts of the neighbouring roots (10, 11, 16, 17, 19) and a negated threat, which keep their
codes.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


BREADTH12_SENTENCES: list[tuple[str, Events]] = [
    # 1211, 1212 material cooperation rejected
    ("Brazil rejected economic cooperation with Venezuela.", {("BRA", "VEN", "1211")}),
    ("Germany turned down economic cooperation with China.", {("DEU", "CHN", "1211")}),
    ("Turkey rejected military cooperation with Greece.", {("TUR", "GRC", "1212")}),
    ("Egypt refused military cooperation with Israel.", {("EGY", "ISR", "1212")}),
    # 1221-1224 a request for aid rejected
    ("Germany rejected Greece's request for economic aid.", {("DEU", "GRC", "1221")}),
    ("Japan turned down Sri Lanka's request for financial aid.", {("JPN", "LKA", "1221")}),
    ("Germany rejected Ukraine's request for military aid.", {("DEU", "UKR", "1222")}),
    ("Sweden rejected Afghanistan's request for humanitarian aid.", {("SWE", "AFG", "1223")}),
    ("France turned down Haiti's request for humanitarian assistance.", {("FRA", "HTI", "1223")}),
    ("The United Nations rejected Haiti's request for peacekeepers.", {("IGO", "HTI", "1224")}),
    ("France rejected Chad's request for military protection.", {("FRA", "TCD", "1224")}),
    # 1231-1234 a request for reform rejected
    ("Venezuela rejected US demands for Maduro's resignation.", {("VEN", "USA", "1231")}),
    ("Belarus rejected the EU's demand for Lukashenko to step down.", {("BLR", "IGO", "1231")}),
    ("China rejected US demands to change its currency policy.", {("CHN", "USA", "1232")}),
    ("Hungary rejected the EU's call to change its migration policy.", {("HUN", "IGO", "1232")}),
    ("Iran rejected UN demands for women's rights.", {("IRN", "IGO", "1233")}),
    ("Georgia rejected the EU's demands for judicial reform.", {("GEO", "IGO", "1234")}),
    # 1241-1246 refuse to yield
    ("Israel refused to lift the curfew on Jenin.", {("ISR", "PSE", "1241")}),
    ("Egypt refused to lift the state of emergency.", {("EGY", "EGY", "1241")}),
    ("Serbian students refused to end their protests against the government.", {("SRB", "SRB", "1242")}),
    ("Russia refused to release the American journalist.", {("RUS", "USA", "1243")}),
    ("Iran refused to release the seized British tanker.", {("IRN", "GBR", "1243")}),
    ("The United States refused to lift sanctions on Venezuela.", {("USA", "VEN", "1244")}),
    ("The European Union refused to ease sanctions on Russia.", {("IGO", "RUS", "1244")}),
    ("Myanmar refused to allow UN investigators into Rakhine.", {("MMR", "IGO", "1245")}),
    ("Sudan refused to allow African Union peacekeepers into Darfur.", {("SDN", "IGO", "1245")}),
    ("Russia refused to withdraw its troops from Ukraine.", {("RUS", "UKR", "1246")}),
    ("Israel refused to pull its forces out of Gaza.", {("ISR", "PSE", "1246")}),
    # 125 talks, 126 mediation, 127 plan rejected, 128 defiance, 129 veto
    ("Ukraine rejected Russia's offer of talks.", {("UKR", "RUS", "125")}),
    ("North Korea rejected South Korea's proposal for talks.", {("PRK", "KOR", "125")}),
    ("Israel rejected Turkish mediation.", {("ISR", "TUR", "126")}),
    ("India rejected US mediation on Kashmir.", {("IND", "USA", "126")}),
    ("Ukraine rejected Russia's peace plan.", {("UKR", "RUS", "127")}),
    ("Armenia rejected Azerbaijan's draft peace agreement.", {("ARM", "AZE", "127")}),
    ("Israel defied the UN resolution on settlements.", {("ISR", "IGO", "128")}),
    ("Hungary defied the ruling of the EU court.", {("HUN", "IGO", "128")}),
    ("The United States vetoed the UN resolution on Gaza.", {("USA", "IGO", "129")}),
    # 130 threaten
    ("Trump threatened Iran.", {("USA", "IRN", "130")}),
    ("North Korea threatened South Korea on Tuesday.", {("PRK", "KOR", "130")}),
    # 1311-1313 threaten non-force
    ("The United States threatened to cut aid to Colombia.", {("USA", "COL", "1311")}),
    ("Germany threatened to suspend aid to Niger.", {("DEU", "NER", "1311")}),
    ("The European Union threatened to impose sanctions on Israel.", {("IGO", "ISR", "1312")}),
    ("The United States threatened sanctions against Turkey.", {("USA", "TUR", "1312")}),
    ("Algeria threatened to cut diplomatic ties with France.", {("DZA", "FRA", "1313")}),
    ("Colombia threatened to sever relations with Israel.", {("COL", "ISR", "1313")}),
    # 1321-1324 threaten administrative sanctions, a state's own people the target
    ("Hungary threatened to restrict press freedom.", {("HUN", "HUN", "1321")}),
    ("Turkey threatened to ban the pro-Kurdish party.", {("TUR", "TUR", "1322")}),
    ("Thailand threatened to ban the opposition party.", {("THA", "THA", "1322")}),
    ("Israel threatened to impose a curfew on Nablus.", {("ISR", "PSE", "1323")}),
    ("Kenya threatened to impose a curfew in Nairobi.", {("KEN", "KEN", "1323")}),
    ("Peru threatened to declare a state of emergency in Lima.", {("PER", "PER", "1324")}),
    ("Bangladesh threatened to impose martial law.", {("BGD", "BGD", "1324")}),
    # 133 threaten dissent, 134 talks, 135 mediation, 136 international involvement halted
    ("Kenyan opposition parties threatened mass protests against the government.", {("KEN", "KEN", "133")}),
    ("French unions threatened a general strike against the government.", {("FRA", "FRA", "133")}),
    ("Iran threatened to walk out of nuclear talks with the United States.", {("IRN", "USA", "134")}),
    ("Hamas threatened to suspend ceasefire talks with Israel.", {("PSE", "ISR", "134")}),
    (
        "Qatar threatened to halt its mediation between Israel and Hamas.",
        {("QAT", "ISR", "135"), ("QAT", "PSE", "135")},
    ),
    ("Mali threatened to expel the UN peacekeeping mission.", {("MLI", "IGO", "136")}),
    ("The United States threatened to withdraw its troops from NATO missions.", {("USA", "IGO", "136")}),
    # 137 violent repression, 138 force
    ("Iran threatened to crush the protests.", {("IRN", "IRN", "137")}),
    ("Belarus threatened protesters with a violent crackdown.", {("BLR", "BLR", "137")}),
    ("Russia threatened to use force against Moldova.", {("RUS", "MDA", "138")}),
    ("China threatened military action against Taiwan.", {("CHN", "TWN", "138")}),
    # 1381-1385 the kind of force
    ("China threatened to blockade Taiwan.", {("CHN", "TWN", "1381")}),
    ("Israel threatened a naval blockade of Lebanon.", {("ISR", "LBN", "1381")}),
    ("Russia threatened to occupy Kyiv.", {("RUS", "UKR", "1382")}),
    ("Israel threatened to occupy Gaza City.", {("ISR", "PSE", "1382")}),
    ("The Taliban threatened suicide attacks on Pakistan.", {("AFG", "PAK", "1383")}),
    ("Iran threatened to attack Israel.", {("IRN", "ISR", "1384")}),
    ("North Korea threatened to strike US bases in Guam.", {("PRK", "USA", "1384")}),
    ("North Korea threatened a nuclear attack on the United States.", {("PRK", "USA", "1385")}),
    ("Russia threatened to use nuclear weapons against Ukraine.", {("RUS", "UKR", "1385")}),
    # 139 ultimatum
    ("Israel gave Hamas an ultimatum.", {("ISR", "PSE", "139")}),
    ("The United States issued an ultimatum to Iran.", {("USA", "IRN", "139")}),
    # a conditional threat is asserted (rule 53a)
    ("Turkey threatened to attack Syria if the Kurdish fighters did not withdraw.", {("TUR", "SYR", "1384")}),
    ("Washington threatened to cut aid to Cairo unless it released the activists.", {("USA", "EGY", "1311")}),
]

_ATTACK = (
    "a threatened attack keeps the threat wrapper's 19 refinement, 138 (rule 148; dozens of older tables pin it), not "
    "the codebook's 1384"
)
# rule 387 (session 37, xfails37): "use force" is force (190, threatened 138; 387b) and troops withdrawn from a mission
# an involvement halted (166, threatened 136; 387f): those two former strict xfails pass
XFAIL: dict[str, str] = {
    "Georgia rejected the EU's demands for judicial reform.": "'reform' reads as the political-reform phrase (123); "
    "the institution reformed is not read",
    "Iran threatened to attack Israel.": _ATTACK,
    "North Korea threatened to strike US bases in Guam.": _ATTACK,
    "Turkey threatened to attack Syria if the Kurdish fighters did not withdraw.": _ATTACK,
}


@pytest.mark.parametrize(("text", "expected"), table_cases(BREADTH12_SENTENCES, XFAIL))
def test_breadth12_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


BREADTH12_CONTROLS: list[tuple[str, Events]] = [
    ("The United States imposed sanctions on Iran.", {("USA", "IRN", "163")}),
    ("Germany cut economic aid to Niger.", {("DEU", "NER", "1621")}),
    ("Algeria broke off diplomatic relations with Morocco.", {("DZA", "MAR", "161")}),
    ("Israel imposed a curfew on Hebron.", {("ISR", "PSE", "1723")}),
    ("Turkey banned the pro-Kurdish party.", {("TUR", "TUR", "1722")}),
    ("China blockaded Taiwan.", {("CHN", "TWN", "191")}),
    ("Russia occupied Kherson.", {("RUS", "UKR", "192")}),
    ("Iran demanded the release of its diplomats from Germany.", {("IRN", "DEU", "1053")}),
    ("Trump criticized China.", {("USA", "CHN", "111")}),
    ("Ukraine accused Russia of aggression.", {("UKR", "RUS", "1123")}),
    ("China did not threaten Taiwan.", set()),
    ("Ukraine did not reject Russia's offer of talks.", set()),
]


@pytest.mark.parametrize(("text", "expected"), BREADTH12_CONTROLS)
def test_breadth12_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
