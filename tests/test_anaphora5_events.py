"""A subject pronoun that opens the next sentence names the previous sentence's subject, not its object (issue 14,
session 39, branch anaphora5; docs/events.md rule 417, refining rule 408a).

Wire copy names two parties in a sentence and goes on with the first: "Denmark has criticised Russia over the cable
sabotage. It has also expelled two Russian diplomats." The reading English gives a subject pronoun that opens a
sentence is the subject of the sentence before (the object competes only when the subject cannot be "it": a person,
a plural force). Rule 408a took that reading for the simple past alone (both main verbs in the simple past), so the
present perfect that leads most wire stories, and a simple-past detail after such a lead, left the second act with no
source; and its known risk, a simple-past background sentence about the object ("... It supplied drones to Russia
last year."), took the subject. The rows are our own two- and three-sentence texts (other countries and verbs than
tests/test_anaphora4_events.py): the simple past that rule 408a reads already, a fronted adverbial before the pronoun,
a government as the subject, the present perfect in both sentences or a simple past after it, three sentences, and
the simple present of headlines. None is copied from an evaluation set, the seeds or the news excerpts; the expected
events were written from the code list (/work/shared/data/cameo-eventcodes.tsv) and docs/events.md before the coder
ran: condemn / criticise 111, accuse 112, summon an ambassador or protest to 114 (rule 186d), recall an ambassador or
close a consulate 16 (161), expel diplomats 166, "urge / call on ... to" 02, threaten 13, demand 10, a host 043 (rule
93), a signed agreement 057 both ways, suspended grants 16 (rule 409's 162x), detained people 17. Rows compare CAMEO
roots and the whole asserted set (as tests/test_anaphora4_events.py does).

The controls name the false event a wrong reading would make: the object the only antecedent that agrees (a plural
force as the subject of the sentence before an "it"), a new party in between, a paragraph break, a background
sentence dated in history ("last year", "in 2023", "two years ago", "for years"), a present perfect about the object
after a simple past, a reply by the accused, and the simple present, where "It calls on ..." is as often a plan's.
The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, roots, table_cases

Events = set[tuple[str, str, str]]


ANAPHORA5_SENTENCES: list[tuple[str, Events]] = [
    # simple past in both sentences (rule 408a's shape), other parties and verbs
    (
        "Chile condemned Bolivia on Tuesday. It also recalled its ambassador from La Paz.",
        {("CHL", "BOL", "111"), ("CHL", "BOL", "161")},
    ),
    (
        "Nigeria accused Niger of harbouring bandits. It also expelled three Nigerien diplomats.",
        {("NGA", "NER", "112"), ("NGA", "NER", "166")},
    ),
    (
        "Sweden summoned Iran's ambassador on Monday. It also expelled two Iranian diplomats.",
        {("SWE", "IRN", "114"), ("SWE", "IRN", "166")},
    ),
    (
        "Thailand criticised Cambodia over the border clashes. It also threatened to cut electricity supplies to "
        "Cambodia.",
        {("THA", "KHM", "111"), ("THA", "KHM", "130")},
    ),
    (
        "The Arab League condemned Israel on Sunday. It also called on Israel to halt the offensive.",
        {("IGO", "ISR", "111"), ("IGO", "ISR", "020")},
    ),
    (
        "Myanmar troops shelled Thai border villages on Monday. They also detained two Thai fishermen.",
        {("MMR", "THA", "190"), ("MMR", "THA", "173")},
    ),
    # a fronted adverbial before the pronoun
    (
        "Indonesia condemned Israel's strikes on Gaza. On Friday, it also called on Israel to allow aid into Gaza.",
        # written without the strikes; the project codes a criticised act beside the criticism (docs/events.md, the
        # breadth10 rule: "condemned Israel's strikes on Gaza" ISR -> PSE 190), so added after the first run
        {("IDN", "ISR", "111"), ("IDN", "ISR", "020"), ("ISR", "PSE", "190")},
    ),
    (
        "Norway criticised Hungary over its veto. Later that day, it suspended 50 million euros in grants to Budapest.",
        {("NOR", "HUN", "111"), ("NOR", "HUN", "162")},
    ),
    (
        "Ghana praised Burkina Faso's transition plan. In a statement, it also urged Ouagadougou to free detained "
        "journalists.",
        {("GHA", "BFA", "051"), ("GHA", "BFA", "020")},
    ),
    # a government or ministry as the subject
    (
        "The Turkish government condemned Greece's drilling plans on Monday. It also expelled two Greek diplomats.",
        {("TUR", "GRC", "111"), ("TUR", "GRC", "166")},
    ),
    (
        "Kenya's foreign ministry criticised Tanzania on Tuesday. It also demanded an apology from Dodoma.",
        {("KEN", "TZA", "111"), ("KEN", "TZA", "100")},
    ),
    # the present perfect in both sentences
    (
        "Denmark has criticised Russia over the sabotage of undersea cables. It has also expelled two Russian "
        "diplomats.",
        {("DNK", "RUS", "111"), ("DNK", "RUS", "166")},
    ),
    (
        "Argentina has accused Venezuela of holding an Argentine police officer. It has also recalled its ambassador "
        "from Caracas.",
        {("ARG", "VEN", "112"), ("ARG", "VEN", "161")},
    ),
    (
        "Ethiopia has praised Kenya's mediation efforts. It has also signed a trade agreement with Nairobi.",
        {("ETH", "KEN", "051")} | both("ETH", "KEN", "057"),
    ),
    (
        "The Philippines has protested to China over the water cannon attack. It has also urged Beijing to respect "
        "the 2016 arbitration ruling.",
        {("PHL", "CHN", "114"), ("PHL", "CHN", "020")},
    ),
    (
        "Uganda has accused Rwanda of espionage. It has also threatened to expel Rwandan diplomats.",
        {("UGA", "RWA", "112"), ("UGA", "RWA", "130")},
    ),
    (
        "The European Union has imposed sanctions on Belarus. It has also threatened Minsk with further measures.",
        {("IGO", "BLR", "163"), ("IGO", "BLR", "130")},
    ),
    (
        "The Polish government has accused Russia of sabotage. It has also closed the Russian consulate in Gdansk.",
        {("POL", "RUS", "112"), ("POL", "RUS", "161")},
    ),
    # a simple-past detail after a present-perfect lead
    (
        "Estonia has condemned Russia's airspace violations. It also expelled a Russian diplomat on Friday.",
        {("EST", "RUS", "111"), ("EST", "RUS", "166")},
    ),
    (
        "Colombia has accused Ecuador of violating its sovereignty. It recalled its ambassador from Quito on Thursday.",
        {("COL", "ECU", "112"), ("COL", "ECU", "161")},
    ),
    # three sentences, each pronoun the subject of the sentence before
    (
        "Croatia condemned Serbia on Monday. It also recalled its ambassador from Belgrade. It later expelled two "
        "Serbian diplomats.",
        {("HRV", "SRB", "111"), ("HRV", "SRB", "161"), ("HRV", "SRB", "166")},
    ),
    (
        "Latvia has criticised Belarus over the border crossings. It has also closed two checkpoints. It has recalled "
        "its ambassador from Minsk.",
        {("LVA", "BLR", "111"), ("LVA", "BLR", "161")},
    ),
    # the simple present of a headline or a lead
    (
        "Peru condemns Ecuador over the embassy raid. It also recalls its ambassador from Quito.",
        {("PER", "ECU", "111"), ("PER", "ECU", "161")},
    ),
    (
        "South Korea criticises Japan over the textbook changes. It also recalls its ambassador from Tokyo.",
        {("KOR", "JPN", "111"), ("KOR", "JPN", "161")},
    ),
]

# on START 11 of 24 rows held (the simple past of rule 408a and the fronted adverbials); rule 417a takes the present
# perfect and a simple past after it (0 -> 9 of 9); the simple present is left on purpose, one reason each:
XFAIL: dict[str, str] = {
    "Peru condemns Ecuador over the embassy raid. It also recalls its ambassador from Quito.": (
        "the simple present is not read as narrative: an 'It calls on ...' in the present is as often a plan's or a "
        "text's (the Egypt control), so rule 417a leaves it"
    ),
    "South Korea criticises Japan over the textbook changes. It also recalls its ambassador from Tokyo.": (
        "the simple present is not read as narrative (as the Peru row)"
    ),
}


# (text, the events a wrong reading of the pronoun would make): none of them may be coded
ANAPHORA5_CONTROLS: list[tuple[str, Events]] = [
    # the object is the only antecedent that agrees: a plural force cannot be "it"
    (
        "Thai soldiers shelled Cambodian positions on Sunday. It also asked Laos to close its border.",
        {("THA", "LAO", "02")},
    ),
    # a new party in between: the pronoun takes it, never the first sentence's subject
    (
        "Spain has criticised Morocco over the migrant crossings. Algeria has backed Madrid's position. It has also "
        "cut gas supplies to Morocco.",
        {("ESP", "MAR", "16")},
    ),
    # a paragraph break ends a pronoun's reach
    (
        "Denmark has criticised Russia over the sabotage.\n\nIt has also expelled two Russian diplomats.",
        {("DNK", "RUS", "16")},
    ),
    # a background sentence dated in history is about the object, not the subject's next act
    ("France criticised Iran on Tuesday. It shipped ballistic missiles to Russia in 2023.", {("FRA", "RUS", "07")}),
    (
        "Australia condemned North Korea on Monday. It supplied artillery shells to Russia two years ago.",
        {("AUS", "RUS", "07")},
    ),
    ("Canada has condemned Iran. It has armed Russia with drones for years.", {("CAN", "RUS", "07")}),
    # a present perfect about the object after a simple past (rule 408a's tense guard)
    ("Germany criticised China on Monday. It has sold drones to Russia.", {("DEU", "RUS", "07")}),
    # the reply belongs to the accused
    (
        "Hungary has accused Romania of provocations. It has rejected the charge and has accused Slovakia of lying.",
        {("HUN", "SVK", "112")},
    ),
    # the simple present describes as often as it narrates: "it" is the plan
    (
        "Egypt proposes a truce plan for Gaza. It calls on Israel to withdraw from Rafah.",
        {("EGY", "ISR", "02")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), table_cases(ANAPHORA5_SENTENCES, XFAIL))
def test_anaphora5_sentence_codes_its_roots(rules_nlp: Language, text: str, expected: Events) -> None:
    assert roots(asserted(rules_nlp, text)) == roots(expected)


def _hits(found: Events, wrong: tuple[str, str, str]) -> bool:
    return any((s, t) == wrong[:2] and c.startswith(wrong[2]) for s, t, c in found)


@pytest.mark.parametrize(("text", "wrong"), ANAPHORA5_CONTROLS)
def test_anaphora5_control_codes_no_wrong_reading(rules_nlp: Language, text: str, wrong: Events) -> None:
    found = asserted(rules_nlp, text)
    assert not [w for w in wrong if _hits(found, w)], found
