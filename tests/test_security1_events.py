"""Military and security wire copy of 2025 (issue 14, session 29, branch security1; docs/events.md rule 210).

Each sentence is our own construction in the style of 2025 news, none copied from an evaluation set or the news
excerpts; the codes were written from the CAMEO codebook (/work/shared/data/cameo-eventcodes.tsv) before the coder
ran. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off
(``rules_pipeline``). Troops deployed or drills held near another party are a show of force (150), a build-up or
mobilisation 154, joint drills military cooperation (062, mutual), an entry into another party's airspace or
territorial waters 150, jets scrambled against an intruder 150, a border closed to a neighbour an administrative
sanction (172; rule 346: 191 is a blockade), a spy arrested or charged 173 and sentenced 116 (rule 346), a tanker
seized 171 (rule 346), a cyberattack or sabotage blamed on a state an accusation (112).
Controls: capabilities, plans, budgets and analysts' views report no act. ``XFAIL`` keeps the rows the change does
not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


SECURITY1_SENTENCES: list[tuple[str, Events]] = [
    # troop deployments and build-ups near borders
    ("Russia deployed additional troops near the border with Finland.", {("RUS", "FIN", "150")}),
    ("Belarus sent troops to its border with Poland on Monday.", {("BLR", "POL", "150")}),
    ("China massed troops along its disputed border with India.", {("CHN", "IND", "154")}),
    ("Russia has built up forces near the Estonian border.", {("RUS", "EST", "154")}),
    ("Venezuela mobilized thousands of troops after the US naval buildup in the Caribbean.", {("VEN", "USA", "154")}),
    ("Serbia deployed armoured units close to the boundary with Kosovo.", {("SRB", "XKX", "150")}),
    # military exercises: near another party, and joint drills
    ("China launched large-scale military drills around Taiwan on Monday.", {("CHN", "TWN", "150")}),
    ("Russia staged naval exercises near the Latvian coast.", {("RUS", "LVA", "150")}),
    ("Iran held war games near the border with Azerbaijan.", {("IRN", "AZE", "150")}),
    ("Russia and China held joint naval drills in the Sea of Japan.", both("RUS", "CHN", "062")),
    ("India and France began joint air exercises on Tuesday.", both("IND", "FRA", "062")),
    ("The Philippines held joint drills with the United States in the South China Sea.", both("PHL", "USA", "062")),
    # missile and nuclear-capable tests
    ("North Korea test-fired a ballistic missile over Japan.", {("PRK", "JPN", "150")}),
    ("Japan scrambled jets after North Korea's missile test.", {("JPN", "PRK", "150")}),
    # airspace and territorial-water violations
    ("Russian drones violated Polish airspace overnight.", {("RUS", "POL", "150")}),
    ("Three Russian fighter jets entered Estonian airspace without permission.", {("RUS", "EST", "150")}),
    ("A Russian military plane breached Finnish airspace on Friday.", {("RUS", "FIN", "150")}),
    (
        "Chinese coast guard vessels entered Japanese territorial waters near the Senkaku Islands.",
        {("CHN", "JPN", "150")},
    ),
    ("A Russian warship violated Danish territorial waters.", {("RUS", "DNK", "150")}),
    ("Romania said a Russian drone had entered its airspace.", {("RUS", "ROU", "150")}),
    # jets scrambled to intercept
    ("Japan scrambled fighter jets to intercept Chinese drones near Okinawa.", {("JPN", "CHN", "150")}),
    (
        "Poland scrambled jets after Russian drones entered its airspace.",
        {("POL", "RUS", "150"), ("RUS", "POL", "150")},
    ),
    (
        "South Korea scrambled fighters when Chinese and Russian bombers approached its air defence zone.",
        {("KOR", "CHN", "150"), ("KOR", "RUS", "150")},
    ),
    ("Taiwan scrambled jets to warn away Chinese aircraft.", {("TWN", "CHN", "150")}),
    # naval incidents
    ("Iran seized a Greek oil tanker in the Gulf of Oman.", {("IRN", "GRC", "171")}),
    ("The Royal Navy shadowed a Russian warship through the English Channel.", {("GBR", "RUS", "150")}),
    ("China sent warships into waters claimed by the Philippines.", {("CHN", "PHL", "150")}),
    # spy arrests and espionage charges
    ("Poland arrested a Russian citizen on suspicion of espionage.", {("POL", "RUS", "173")}),
    ("Russia detained a French national accused of spying.", {("RUS", "FRA", "173")}),
    ("Iran charged two British nationals with espionage.", {("IRN", "GBR", "173")}),
    ("China sentenced a Japanese businessman to prison for spying.", {("CHN", "JPN", "116")}),
    ("German police arrested a Chinese citizen suspected of spying on arms shipments.", {("DEU", "CHN", "173")}),
    ("Estonia expelled a Russian diplomat accused of espionage.", {("EST", "RUS", "161")}),
    # cyberattacks and sabotage blamed on a state
    ("Britain accused Russia of cyberattacks on European ports.", {("GBR", "RUS", "112")}),
    ("The United States blamed North Korea for a cyberattack on a crypto exchange.", {("USA", "PRK", "112")}),
    ("Taiwan accused China of sabotaging an undersea cable.", {("TWN", "CHN", "112")}),
    ("Estonia accused Russia of jamming GPS signals over the Baltic.", {("EST", "RUS", "112")}),
    ("Finland blamed Russia for damaging an undersea power cable.", {("FIN", "RUS", "112")}),
    # border closures
    ("Poland closed its border with Belarus.", {("POL", "BLR", "172")}),
    ("Finland closed all crossing points on its border with Russia.", {("FIN", "RUS", "172")}),
    ("Pakistan shut its border crossings with Afghanistan after clashes.", {("PAK", "AFG", "172")}),
    # fighting on borders
    ("Indian and Pakistani troops exchanged fire along the Line of Control.", both("IND", "PAK", "190")),
    ("Thai and Cambodian soldiers clashed along the disputed border.", both("THA", "KHM", "190")),
]

SECURITY1_CONTROLS: list[tuple[str, Events]] = [
    # capabilities, plans, budgets, analysts' views: no act
    ("Poland plans to expand its army to 300,000 soldiers.", set()),
    ("Germany raised its defence budget to 3.5 percent of GDP.", set()),
    ("Analysts say China could blockade Taiwan within days.", set()),
    ("North Korea has the capability to strike the US mainland.", set()),
    ("Japan is considering deploying long-range missiles on its southern islands.", set()),
    ("Sweden's defence spending will rise to 2.6 percent next year.", set()),
    ("The report said Iran could build a nuclear weapon within months.", set()),
    ("NATO will hold its annual nuclear exercise next month.", set()),
    ("A spy thriller about the Cold War topped the box office.", set()),
    ("Most of Europe's internet traffic runs through undersea cables.", set()),
    ("North Korea tested a new solid-fuel engine on Friday.", set()),
    ("Experts said Russian jamming could disrupt civil aviation.", set()),
]

XFAIL: dict[str, str] = {
    "Poland scrambled jets after Russian drones entered its airspace.": (
        "rule 53c: the incursion in the clause of time is background beside the main clause's 150"
    ),
    # "South Korea scrambled fighters when Chinese and Russian bombers approached ..." passes since rule 308
    # (session 33, security1x): the "when" clause of time names the party the jets answer
    "Taiwan scrambled jets to warn away Chinese aircraft.": "the purpose verb 'warn' keeps its own 130 beside the 150",
    "Iran charged two British nationals with espionage.": (
        "rule 165b: a government's charge is the accusation (1125); only a court's or police charge is 173"
    ),
    # the tanker seized (171), the sentence (116) and the three border closures (172) pass since rule 346 (session 35,
    # security3x): the codebook's readings replace the 1711, 173 and 191 expected before
    # the two "blamed Y for a cyberattack / for damaging a cable" rows pass since rule 256 (session 31, cyber2)
}


@pytest.mark.parametrize(("text", "expected"), table_cases(SECURITY1_SENTENCES, XFAIL))
def test_security1_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), table_cases(SECURITY1_CONTROLS, XFAIL))
def test_security1_control_codes_no_act(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
