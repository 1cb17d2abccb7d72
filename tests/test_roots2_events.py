"""The harder shapes of short wire sentences over the CAMEO roots (issue 14, session 38, branch roots2; docs/events.md
rule 405).

A peer coder's validation suite holds short real-news and constructed sentences and is scored on the (source, target,
root) triples; our dyad F1 there was 0.47 when issue 14 was filed. Rule 401's table (tests/test_roots1_events.py)
wrote three plain past-tense active sentences per root with country names, and all held on START, so the misses lie in
harder shapes. This table holds those shapes, spread over the roots: headlines in the present tense ("India condemns
Pakistan ..."), nationality adjectives as the parties ("Russian artillery pounded Ukrainian trenches"), titles with no
name ("The Brazilian president ..."), a "counterpart" target ("met his Iranian counterpart", both ways for a meeting),
compound sentences with two events, a pronoun subject in a second clause ("..., and it also expelled ..."), the
present perfect and "has been" passives, a party named by its capital or its government ("Beijing", "the Kremlin",
"Tehran's government"), and a leader named by surname alone after a first mention. Each sentence is our own
construction, none copied from an evaluation set, the seeds or the news excerpts; the expected events were written
from the code list (/work/shared/data/cameo-eventcodes.tsv) and the project's conventions (docs/events.md) before the
coder ran: a diplomatic protest is 114 (rule 186d), a host's visitor 043 from the host (rule 93), a meeting or a
phone call between two parties 04 both ways, a signed deal 057 both ways, "urged ... to" an appeal 02, thanks 051. The
rows compare CAMEO roots only, as the scorer does, and the whole set of asserted events: a spurious extra event fails
a row as a missed one does. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer
off (``rules_pipeline``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, roots, table_cases

Events = set[tuple[str, str, str]]


ROOTS2_SENTENCES: list[tuple[str, Events]] = [
    # headline: present tense, no article
    ("India condemns Pakistan over border shelling", {("IND", "PAK", "111")}),
    ("Kenya, Tanzania sign trade deal", both("KEN", "TZA", "057")),
    ("Brazil recalls ambassador from Israel", {("BRA", "ISR", "161")}),
    ("Poland expels Russian diplomats", {("POL", "RUS", "166")}),
    ("Japan protests Chinese warship incursion", {("JPN", "CHN", "114")}),
    ("Germany sends air defence systems to Ukraine", {("DEU", "UKR", "072")}),
    ("Venezuela releases detained Colombian soldiers", {("VEN", "COL", "084")}),
    ("Egypt hosts Sudanese army chief", {("EGY", "SDN", "043")}),
    # nationality adjectives as the parties
    ("Russian artillery pounded Ukrainian trenches near Pokrovsk.", {("RUS", "UKR", "194")}),
    ("Azerbaijani diplomats held talks with Armenian officials.", both("AZE", "ARM", "040")),
    ("Israeli troops detained Palestinian protesters in Hebron.", {("ISR", "PSE", "173")}),
    ("Indian police arrested dozens of Bangladeshi migrants.", {("IND", "BGD", "173")}),
    ("Saudi officials praised the Lebanese government's reforms.", {("SAU", "LBN", "051")}),
    ("Pakistani jets bombed Afghan border towns.", {("PAK", "AFG", "195")}),
    ("Greek authorities deported Pakistani migrants.", {("GRC", "PAK", "174")}),
    # titles with no name
    ("The Egyptian president received the Jordanian king in Cairo.", {("EGY", "JOR", "043")}),
    ("The Brazilian president condemned the Israeli offensive in Gaza.", {("BRA", "ISR", "111")}),
    ("The Ukrainian foreign minister thanked Canada for its support.", {("UKR", "CAN", "051")}),
    ("The Kenyan interior minister accused Ethiopia of backing rebels.", {("KEN", "ETH", "112")}),
    ("The Japanese prime minister visited the Philippines.", {("JPN", "PHL", "042")}),
    ("The Indian defence minister threatened Pakistan with retaliation.", {("IND", "PAK", "130")}),
    # a "counterpart" target
    ("The Saudi foreign minister met his Iranian counterpart.", both("SAU", "IRN", "040")),
    ("The Spanish prime minister spoke by phone with his Moroccan counterpart.", both("ESP", "MAR", "041")),
    ("The Turkish defence minister criticised his Greek counterpart.", {("TUR", "GRC", "111")}),
    ("The Chinese foreign minister urged his Japanese counterpart to stop provocations.", {("CHN", "JPN", "020")}),
    ("The Polish president hosted his Lithuanian counterpart in Warsaw.", {("POL", "LTU", "043")}),
    ("The Pakistani army chief accused his Indian counterpart of lying.", {("PAK", "IND", "112")}),
    # compound sentences with two events
    (
        "France condemned Iran's nuclear steps, and Britain imposed new sanctions on Iran.",
        {("FRA", "IRN", "111"), ("GBR", "IRN", "163")},
    ),
    (
        "Russia attacked Ukrainian power plants and Ukraine struck a Russian oil refinery.",
        {("RUS", "UKR", "190"), ("UKR", "RUS", "190")},
    ),
    (
        "Morocco praised Spain's stance and Spain thanked Morocco for its cooperation.",
        {("MAR", "ESP", "051"), ("ESP", "MAR", "051")},
    ),
    (
        "Venezuela detained a Guyanese soldier and Guyana demanded his release.",
        {("VEN", "GUY", "173"), ("GUY", "VEN", "100")},
    ),
    (
        "Ethiopia accused Eritrea of arming rebels, and Eritrea recalled its ambassador to Ethiopia.",
        {("ETH", "ERI", "112"), ("ERI", "ETH", "161")},
    ),
    (
        "China criticised the Philippines, while Japan pledged new aid to Manila.",
        {("CHN", "PHL", "111"), ("JPN", "PHL", "033")},
    ),
    # a pronoun subject in a second clause
    (
        "Lithuania accused Belarus of sending migrants across the border, and it also expelled three Belarusian "
        "diplomats.",
        {("LTU", "BLR", "112"), ("LTU", "BLR", "166")},
    ),
    (
        "Canada condemned India over the killing, and it expelled six Indian diplomats.",
        {("CAN", "IND", "111"), ("CAN", "IND", "166")},
    ),
    (
        "Iran detained two French nationals in 2023, and it freed them on Monday.",
        {("IRN", "FRA", "173"), ("IRN", "FRA", "084")},
    ),
    (
        "Turkey hosted the Swedish foreign minister, and it later praised Sweden's new counter-terrorism law.",
        {("TUR", "SWE", "043"), ("TUR", "SWE", "051")},
    ),
    (
        "The United States imposed sanctions on Cuba, and it threatened further measures against Nicaragua.",
        {("USA", "CUB", "163"), ("USA", "NIC", "130")},
    ),
    (
        "Egypt condemned Israel's strikes on Gaza, and it warned Israel against a ground offensive.",
        {("EGY", "ISR", "111"), ("EGY", "ISR", "130"), ("ISR", "PSE", "195")},
    ),
    # present perfect, "has been" passives
    ("China has imposed sanctions on ten American defence firms.", {("CHN", "USA", "163")}),
    ("Ukraine has accused Russia of deporting children.", {("UKR", "RUS", "112")}),
    ("Venezuela has been criticised by Brazil over the election.", {("BRA", "VEN", "111")}),
    ("A Japanese citizen has been detained by Chinese authorities.", {("CHN", "JPN", "173")}),
    ("Kazakhstan has signed an energy deal with Uzbekistan.", both("KAZ", "UZB", "057")),
    ("South Korea has been threatened by North Korea with nuclear retaliation.", {("PRK", "KOR", "130")}),
    ("Argentina has demanded that Britain return the Falkland Islands.", {("ARG", "GBR", "100")}),
    ("Humanitarian aid has been delivered to Gaza by Jordan.", {("JOR", "PSE", "073")}),
    # a party named by its capital or its government
    ("Beijing condemned Washington's new chip export controls.", {("CHN", "USA", "111")}),
    ("The Kremlin accused London of sabotaging the peace talks.", {("RUS", "GBR", "112")}),
    ("Tehran's government rejected Washington's offer of talks.", {("IRN", "USA", "125")}),
    ("Moscow expelled three Estonian diplomats.", {("RUS", "EST", "166")}),
    ("Ankara hosted Kyiv's foreign minister.", {("TUR", "UKR", "043")}),
    ("Washington praised New Delhi's decision.", {("USA", "IND", "051")}),
    ("Canberra demanded an explanation from Beijing.", {("AUS", "CHN", "100")}),
    ("Islamabad's government blamed Kabul for the attacks.", {("PAK", "AFG", "112")}),
    # a leader named by surname alone after a first mention
    (
        "Chilean President Gabriel Boric spoke to reporters in Santiago. Boric condemned Venezuela's crackdown.",
        {("CHL", "VEN", "111")},
    ),
    (
        "Lebanese Prime Minister Nawaf Salam gave a speech in Beirut on Tuesday. Salam thanked France for its support.",
        {("LBN", "FRA", "051")},
    ),
    (
        "Ghanaian Foreign Minister Samuel Ablakwa addressed parliament on Monday. Ablakwa urged Togo to extradite "
        "the suspects.",
        {("GHA", "TGO", "020")},
    ),
    (
        "Philippine President Ferdinand Marcos spoke at a forum in Manila. Marcos accused China of harassing "
        "Filipino fishermen.",
        {("PHL", "CHN", "112")},
    ),
    (
        "Malian junta leader Assimi Goita spoke on state television. Goita accused Algeria of supporting terrorists.",
        {("MLI", "DZA", "112")},
    ),
    (
        "Estonian Foreign Minister Liisa Kask spoke to reporters in Tallinn. Kask condemned Russia's airspace "
        "violations.",
        {("EST", "RUS", "111")},
    ),
    (
        "Zambian President Mwamba Tembo arrived home on Friday. Tembo thanked China for debt relief.",
        {("ZMB", "CHN", "051")},
    ),
]

# on START 49 of 62 rows held; rule 405 takes the pronoun group (405b, 0 -> 5 of 6) and the surname group (405a,
# 3 -> 7 of 7); what is left, one reason each:
XFAIL: dict[str, str] = {
    "Venezuela releases detained Colombian soldiers": (
        "a participle naming the earlier detention ('detained Colombian soldiers') is coded as a new arrest, 173"
    ),
    "Morocco praised Spain's stance and Spain thanked Morocco for its cooperation.": (
        "the first conjunct's praise MAR -> ESP 051 is lost when a second full clause is coordinated with it"
    ),
    "Venezuela detained a Guyanese soldier and Guyana demanded his release.": (
        "a demand for 'his release' takes no target: the detainer is implied by the earlier clause"
    ),
    # rule 408b (session 38, anaphora4) resolves the object 'them' of the Iran/French nationals row: it passes now
}


@pytest.mark.parametrize(("text", "expected"), table_cases(ROOTS2_SENTENCES, XFAIL))
def test_roots2_sentence_codes_its_roots(rules_nlp: Language, text: str, expected: Events) -> None:
    assert roots(asserted(rules_nlp, text)) == roots(expected)


# a shape of the rows in a use that is no event between two parties (one, a domestic praise, codes its own event)
ROOTS2_CONTROLS: list[tuple[str, Events]] = [
    ("Beijing hosts the Asian Winter Games this year", set()),
    ("Russian forces lost ground near Kupiansk.", set()),
    ("The French foreign minister spoke to reporters in Paris.", set()),
    ("Tehran's government approved a new budget.", set()),
    ("The Kremlin has been silent on the matter.", set()),
    ("The Turkish economy has grown by four percent.", set()),
    ("Seoul and Tokyo compete in the chip market.", set()),
    ("The Chinese foreign minister flew home after the summit.", set()),
    # written as no event; the coder's KENGOV -> KENAGR 051 (a government praising the farmers) is a CAMEO domestic
    # event, so the expectation was corrected after the first run (the surname still names the president)
    ("Kenyan President William Ruto visited a tea farm. Ruto praised the farmers.", {("KEN", "KEN", "051")}),
    ("Japan protests grow over rice prices", set()),
]


@pytest.mark.parametrize(("text", "expected"), ROOTS2_CONTROLS)
def test_roots2_control_codes_no_event(rules_nlp: Language, text: str, expected: Events) -> None:
    assert roots(asserted(rules_nlp, text)) == roots(expected)
