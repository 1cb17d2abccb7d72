"""Leftover constructions of session 29's first round, in 2025 wire style (issue 14, session 29, branch leftovers5;
docs/events.md rule 213).

Each sentence is our own construction in the style of 2025 news, none copied from an evaluation set or the news
excerpts; the expected codes were written from the CAMEO codebook before the coder ran. The real spaCy model,
``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). The constructions are
the ones the round left as strict xfails (tests/test_security1_events.py, tests/test_newsevents17_events.py,
tests/test_actors14_events.py): strikes condemned on a struck country (the condemned party is the striker when one
is named, else no one), joint drills "with" a partner (mutual, 062 both ways), "bombers" (an aircraft, no bombing),
"after clashes" with no parties named, crossing points closed, security guarantees offered (0334), bodies handed
over or exchanged (084), sea drones (a naval weapon, 190, not the aerial 195) and "demanded that Y agree to a
ceasefire" (107). Controls keep the neighbouring readings. ``XFAIL`` keeps the rows not fixed, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import both, coded, table_cases

Events = set[tuple[str, str, str]]

PUBLISHED = "2025-07-01"


def found(nlp: Language, text: str) -> Events:
    """(source, target, CAMEO code) of the asserted events of ``text``, published on ``PUBLISHED``."""
    return coded(nlp, text, root=False, published=PUBLISHED)[1]


LEFTOVERS5_SENTENCES: list[tuple[str, Events]] = [
    # strikes condemned: the striker is the one condemned, the struck country is not
    ("China condemned the strikes on Iran.", set()),
    ("Egypt condemned the airstrikes on Yemen.", set()),
    ("Turkey condemned the Israeli strikes on Iran.", {("TUR", "ISR", "111")}),
    ("Malaysia condemned the American strikes on Iran's nuclear sites.", {("MYS", "USA", "111")}),
    ("Pakistan denounced the Indian missile strikes on its territory.", {("PAK", "IND", "111")}),
    ("Russia condemned the Ukrainian drone attack on Moscow.", {("RUS", "UKR", "111")}),
    # controls: the condemned party named as the object
    ("China condemned Israel for the strikes on Iran.", {("CHN", "ISR", "111")}),
    ("Iran condemned the United States.", {("IRN", "USA", "111")}),
    # joint drills "with" a partner: mutual
    ("India held joint naval exercises with France in the Arabian Sea.", both("IND", "FRA", "062")),
    ("Japan conducted joint drills with Australia off Darwin.", both("JPN", "AUS", "062")),
    ("Egypt staged joint military exercises with Saudi Arabia.", both("EGY", "SAU", "062")),
    # control: the two parties named as the subject
    ("China and Russia held joint naval drills in the Sea of Japan.", both("CHN", "RUS", "062")),
    # "bombers": an aircraft, no bombing
    ("Russian bombers flew over the Baltic Sea on Tuesday.", set()),
    ("The United States deployed B-52 bombers to Guam.", set()),
    ("Japan scrambled jets to track Russian bombers.", {("JPN", "RUS", "150")}),
    ("Russian strategic bombers flew near Alaska.", set()),
    # control: a bombing (revised after the first run: written as no event, but Kabul names Afghanistan and the
    # codebook's 1831 "carry out suicide bombing" is the reading the control keeps, coded at home as rule 10 reads it)
    ("A suicide bomber killed 12 people in Kabul.", {("AFG", "AFG", "1831")}),
    # "after clashes" with no parties named: no force
    ("Pakistan closed its border with Afghanistan after clashes.", {("PAK", "AFG", "172")}),
    ("Thailand recalled its ambassador to Cambodia after clashes.", {("THA", "KHM", "161")}),
    ("Armenia accused Azerbaijan of provocations after clashes.", {("ARM", "AZE", "112")}),
    # (added with the change, rule 213i) a bare act of force in an "after" phrase takes no party of the verb's
    ("India kept its border with China calm after clashes.", set()),
    ("Pakistan reinforced its border with Afghanistan after clashes.", {("PAK", "AFG", "154")}),
    # control: the clashing parties named
    ("Thai and Cambodian troops clashed along the border.", both("THA", "KHM", "190")),
    # crossing points closed: a border closed (the lexicon's 172 'close border')
    ("Finland closed all crossing points on its border with Russia.", {("FIN", "RUS", "172")}),
    ("Poland closed two border crossings with Belarus.", {("POL", "BLR", "172")}),
    ("Lithuania shut its border checkpoints with Belarus.", {("LTU", "BLR", "172")}),
    # security guarantees offered or promised: intent to provide military protection
    ("Germany pledged security guarantees to Ukraine.", {("DEU", "UKR", "0334")}),
    ("Britain offered security guarantees to Ukraine.", {("GBR", "UKR", "0334")}),
    ("The United States promised security guarantees to Kyiv.", {("USA", "UKR", "0334")}),
    # bodies handed over, returned or exchanged: return, release (084)
    ("Ukraine returned the bodies of 24 Russian soldiers to Russia.", {("UKR", "RUS", "084")}),
    ("Russia handed over the remains of 909 Ukrainian soldiers to Ukraine.", {("RUS", "UKR", "084")}),
    ("Russia and Ukraine exchanged the bodies of fallen soldiers.", both("RUS", "UKR", "084")),
    # control: something else handed over
    ("Russia handed over two captured British volunteers to Ukraine.", {("RUS", "UKR", "0841")}),
    # sea drones: a naval weapon, conventional force (190), not aerial (195)
    ("Ukraine hit a Russian warship with sea drones.", {("UKR", "RUS", "190")}),
    ("Ukraine struck a Russian tanker with naval drones in the Black Sea.", {("UKR", "RUS", "190")}),
    ("Ukrainian sea drones attacked the Russian port of Novorossiysk.", {("UKR", "RUS", "190")}),
    # controls: aerial drones
    ("Russia attacked Kyiv with drones overnight.", {("RUS", "UKR", "195")}),
    ("Ukraine struck a Russian refinery with long-range drones.", {("UKR", "RUS", "195")}),
    # "demanded that Y agree to / accept a ceasefire": demand ceasefire (107)
    ("Macron demanded that Russia agree to an immediate ceasefire.", {("FRA", "RUS", "107")}),
    ("The White House demanded that Moscow accept a ceasefire.", {("USA", "RUS", "107")}),
    ("Erdogan demanded that Israel agree to a truce.", {("TUR", "ISR", "107")}),
    # control: an agreement to a ceasefire in the main clause (revised after the first run: written 0871, the
    # project's rule 187 reads an agreed truce as the codebook's 0356 "express intent to de-escalate military
    # engagement")
    ("Israel and Iran agreed to a ceasefire.", both("ISR", "IRN", "0356")),
]

XFAIL: dict[str, str] = {
    "The United States deployed B-52 bombers to Guam.": "no bombing is read (rule 213h), but forces deployed to a "
    "place are 150 toward it, and Guam, a US territory, resolves to its own code (USA -> GUM 150)",
    "Russia handed over two captured British volunteers to Ukraine.": "'volunteers' is no held-person noun (rule "
    "176d's prisoners, hostages, captives), so the hand-over is aid (070), and 'British' is made a second target",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(LEFTOVERS5_SENTENCES, XFAIL))
def test_leftovers5_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert found(rules_nlp, text) == expected
