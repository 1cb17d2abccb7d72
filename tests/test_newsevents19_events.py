"""Late-2025 wire phrasing across theatres (issue 14, session 31, branch newsevents19; docs/events.md rule 258).

Each sentence is our own construction in 2025 wire style (long subjects with titles and appositions, fronted time
and place phrases, "said on Tuesday", participles, "as" clauses), none copied from an evaluation set or the news
excerpts: the Ukraine war and the US peace plan, the Gaza ceasefire and the hostages, Venezuela and the US strikes
on boats, the China-Japan row over Taiwan, India and Pakistan, Sudan, Congo and Rwanda, Armenia and Azerbaijan.
The real spaCy model with the learned layer off (``rules_pipeline``). Codes were written from the CAMEO codebook
before the coder ran; one was refined after it, by the codebook: Congo's accusation that Rwanda deployed troops in
its provinces is 1123 (accuse of aggression), as the coder codes "Russia accused Ukraine of attacking a tanker".

Rule 258 repairs the lead whose day phrase comes right after the verb: after a subject's comma-set apposition or
relative clause ("Sudan's army chief, General Abdel Fattah al-Burhan, rejected on Sunday a truce proposal ...")
the model reads the verb as a participle modifying the subject (258a), and a day word may swallow the object
after it ("condemned on Monday the United States", 258b). ``XFAIL`` keeps the rows not fixed, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


def each(source: tuple[str, ...], targets: tuple[str, ...], code: str) -> Events:
    """One event from each source toward each target."""
    return {(s, t, code) for s in source for t in targets}


NEWSEVENTS19_SENTENCES: list[tuple[str, Events]] = [
    # Ukraine: the war and the peace plan
    (
        "Russian forces shelled the southern Ukrainian city of Kherson overnight, the regional governor said on"
        " Wednesday.",
        {("RUS", "UKR", "194")},
    ),
    (
        "Ukrainian drones struck an oil refinery in Russia's Saratov region overnight, the Ukrainian General Staff"
        " said on Sunday.",
        {("UKR", "RUS", "195")},
    ),
    (
        "Russia's foreign minister, Sergei Lavrov, accused the European Union on Thursday of trying to derail the"
        " peace talks.",
        {("RUS", "IGO", "112")},
    ),
    (
        "Ukrainian President Volodymyr Zelensky on Sunday thanked the United States for its efforts to end the war.",
        {("UKR", "USA", "051")},
    ),
    (
        "As envoys discussed the peace plan in Geneva, Russia launched hundreds of drones at Ukraine, Ukraine's air"
        " force said on Saturday.",
        {("RUS", "UKR", "195")},
    ),
    (
        "Speaking in Kyiv on Tuesday, Zelensky urged Germany and France to keep up pressure on Moscow.",
        {("UKR", "DEU", "020"), ("UKR", "FRA", "020")},
    ),
    (
        "In a sharply worded statement, the Kremlin rejected Ukraine's counter-proposal to the US peace plan.",
        {("RUS", "UKR", "120")},
    ),
    (
        "Hungary's prime minister, Viktor Orban, a close ally of Trump, visited on Friday the Russian capital.",
        {("HUN", "RUS", "042")},
    ),
    # Gaza: the ceasefire and the hostages
    (
        "Israel accused Hamas on Tuesday of violating the ceasefire, after a soldier was killed in Rafah.",
        {("ISR", "PSE", "112")},
    ),
    (
        "Egypt, Qatar and Turkey, the mediators of the truce, urged Israel and Hamas on Thursday to move to the"
        " second phase of the plan.",
        each(("EGY", "QAT", "TUR"), ("ISR", "PSE"), "020"),
    ),
    (
        "Hamas, which still holds the remains of three hostages, accused Israel of obstructing the search for the"
        " bodies.",
        {("PSE", "ISR", "112")},
    ),
    (
        "Israel's defence minister, Israel Katz, threatened on Monday to resume the war in Gaza.",
        {("ISR", "PSE", "138")},
    ),
    # Venezuela and the US strikes on boats
    (
        "Venezuelan President Nicolas Maduro, speaking at a rally in Caracas, accused Washington of seeking to topple"
        " his government.",
        {("VEN", "USA", "112")},
    ),
    (
        "Venezuela's government on Saturday condemned the United States for closing the country's airspace.",
        {("VEN", "USA", "111")},
    ),
    (
        "The US military, which has struck more than 20 boats since September, struck another Venezuelan vessel in"
        " the Caribbean on Tuesday.",
        {("USA", "VEN", "190")},
    ),
    (
        "Colombian President Gustavo Petro, a vocal critic of the strikes, condemned on Monday the United States.",
        {("COL", "USA", "111")},
    ),
    (
        "Citing the strikes on boats, Britain suspended intelligence sharing with the United States on Caribbean"
        " drug traffic.",
        {("GBR", "USA", "160")},
    ),
    # China and Japan
    (
        "China summoned Japan's ambassador on Friday to protest remarks by Prime Minister Sanae Takaichi on Taiwan.",
        {("CHN", "JPN", "114")},
    ),
    (
        "China suspended imports of Japanese seafood on Wednesday as the diplomatic row over Taiwan deepened.",
        {("CHN", "JPN", "163")},
    ),
    ("Beijing, angered by the remarks, demanded on Thursday that Tokyo retract them.", {("CHN", "JPN", "100")}),
    (
        "Japan lodged a protest with China on Monday after Chinese coast guard ships entered waters around the"
        " Senkaku Islands.",
        {("JPN", "CHN", "114")},
    ),
    # India and Pakistan
    (
        "India accused Pakistan on Wednesday of sheltering the militants behind the car bombing in New Delhi.",
        {("IND", "PAK", "112")},
    ),
    (
        "India's foreign minister, S. Jaishankar, criticized on Tuesday Pakistan over the attack.",
        {("IND", "PAK", "111")},
    ),
    (
        "Indian and Pakistani troops exchanged fire along the Line of Control on Thursday, officials on both sides"
        " said.",
        both("IND", "PAK", "190"),
    ),
    # Sudan
    (
        "The Sudanese army, which has fought the RSF since April 2023, accused the United Arab Emirates on Tuesday"
        " of arming the paramilitaries.",
        {("SDN", "ARE", "112")},
    ),
    (
        "Sudan's army chief, General Abdel Fattah al-Burhan, rejected on Sunday a truce proposal put forward by the"
        " United States.",
        {("SDN", "USA", "1246")},
    ),
    # Congo and Rwanda
    (
        "In a ceremony in Washington on Thursday, the presidents of Congo and Rwanda signed a peace deal.",
        both("COD", "RWA", "057"),
    ),
    (
        "Congo accused Rwanda on Monday of deploying troops in its eastern provinces in violation of the accord.",
        {("COD", "RWA", "1123")},
    ),
    # Armenia and Azerbaijan; Turkey's offer
    (
        "Armenia and Azerbaijan, long-time foes in the South Caucasus, agreed on Tuesday to open transport links"
        " across their border.",
        both("ARM", "AZE", "030"),
    ),
    (
        "Azerbaijan's president, Ilham Aliyev, said on Friday that his country had lifted restrictions on the"
        " transit of goods to Armenia.",
        {("AZE", "ARM", "081")},
    ),
    (
        "Armenian Prime Minister Nikol Pashinyan, who signed the accord in August, thanked on Friday the United"
        " States.",
        {("ARM", "USA", "051")},
    ),
    (
        "Turkish President Tayyip Erdogan, who hosted the last round of talks in Istanbul, offered on Wednesday to"
        " mediate between Russia and Ukraine.",
        {("TUR", "RUS", "039"), ("TUR", "UKR", "039")},
    ),
]

# the counter-proposal, "threatened on Monday to resume ..." and the remarks "on Taiwan" pass since rule 261
# (session 31, leftovers16)
# the appeal "to keep up pressure on Moscow" passes since rule 277d (session 32, leftovers27: an appeal to press or
# sanction is 020, no appeal to yield)
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(NEWSEVENTS19_SENTENCES, XFAIL))
def test_newsevents19_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


NEWSEVENTS19_CONTROLS: list[tuple[str, Events]] = [
    ("The strikes on boats, which began in September, have killed more than 80 people.", set()),
    (
        "Japan's prime minister, Sanae Takaichi, said on Friday that her remarks on Taiwan were consistent with the"
        " government's position.",
        set(),
    ),
    ("As winter approached, families in Kharkiv stocked up on firewood, local officials said.", set()),
    ("The ceasefire, which took effect on October 10, has largely held despite sporadic violence.", set()),
    ("Delegations from Armenia and Azerbaijan are expected to meet in Abu Dhabi next month.", set()),
    # rule 258a leaves a subject's own participle with a "by" agent, and a sentence with its own verb, as parsed
    (
        "Sudan's army chief, General Abdel Fattah al-Burhan, backed by Egypt, rejected the US plan.",
        {("SDN", "USA", "120")},
    ),
    ("Hungary's prime minister, Viktor Orban, visited Moscow on Friday.", {("HUN", "RUS", "042")}),
    ("Talks resumed on Monday, the first day of the new round.", set()),
]


@pytest.mark.parametrize(("text", "expected"), NEWSEVENTS19_CONTROLS)
def test_newsevents19_control_keeps_its_reading(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
