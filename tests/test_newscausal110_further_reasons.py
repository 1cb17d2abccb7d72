"""Issue 13, session 41, causal110 (docs/causal.md round 110): a table of made-up sentences in the style of 2025 news,
on a trailing phrase of reason whose object is an act, in a sentence that already has a claim. CNC marks such a
phrase as the cause of the clause it ends ("two union leaders were arrested | for organising the strike", "a farmer
died in hospital | after being beaten by guards"); round 106's reader (``trailing_reasons``) reads it only as the claim
of a sentence with no other, so a sentence whose claim stands elsewhere (a "because", a purpose, a "prompting") loses
CNC's further pair (START's CNC train CV: the reader's pair is right as a further pair 13 times of 25 where its cause
lies inside no claim's cause, 3 of 13 where it does). With the switch on, the reader's pair stands beside the
sentence's claims unless its cause lies inside a claim's cause (a reason read already as part of one). Causal rows: the
trailing pair is among the sentence's claims. Controls, the nearest shapes where it must not be added: the phrase
inside a claim's cause ("because police detained youths for blocking a road"), one actor's next act ("after opening a
bridge"), a phrase on a noun ("permission for staging"), a fronted "After ..." phrase, a negated verb, a reporting
verb's "after": each keeps ONE claim, and the switch adds nothing to any of them. Each row's pair was written before
the stage was run on it; none is copied from an evaluation set or a news excerpt. Rows the shipped stage does not get
are strict xfails with the reason.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .causal_sentences import (
    assert_shipped_on_default_off,
    claim_pairs,
    numbered_cases,
    pair_match,
    settings_set,
)

# (text, (cause, effect)): the trailing reason's pair that must be among the sentence's claims
CAUSAL: list[tuple[str, tuple[str, str]]] = [
    (
        "Riot police detained 40 students in Dhaka on Monday for blocking a highway, and the protests spread to three"
        " other cities because the government refused to reopen talks.",
        ("blocking a highway", "Riot police detained 40 students in Dhaka on Monday"),
    ),
    (
        "Because the ministry had frozen their salaries, teachers in Lagos walked out on Tuesday, and two union leaders"
        " were arrested for organising the strike.",
        ("organising the strike", "two union leaders were arrested"),
    ),
    (
        "The opposition leader was jailed for five years in March for insulting the president, and his supporters have"
        " staged weekly protests since then to demand his release.",
        ("insulting the president", "The opposition leader was jailed for five years in March"),
    ),
    (
        "Two journalists were fined on Thursday for publishing leaked budget papers, prompting the press union to call"
        " a one-day strike.",
        ("publishing leaked budget papers", "Two journalists were fined on Thursday"),
    ),
    (
        "A farmer died in hospital on Sunday after being beaten by security guards at a sugar mill, sparking clashes in"
        " the district.",
        ("being beaten by security guards at a sugar mill", "A farmer died in hospital on Sunday"),
    ),
    (
        "The mayor of Izmir was suspended on Wednesday for allegedly taking bribes, and the city council postponed its"
        " budget vote because of the scandal.",
        ("taking bribes", "The mayor of Izmir was suspended on Wednesday"),
    ),
    (
        "Ten fishermen were detained by the coast guard after they crossed the maritime boundary, officials said, and"
        " their families blocked the port road to demand their return.",
        ("they crossed the maritime boundary", "Ten fishermen were detained by the coast guard"),
    ),
    (
        "The club was fined 50,000 euros for failing to control its fans, who had thrown flares onto the pitch because"
        " the referee awarded a late penalty.",
        ("failing to control its fans", "The club was fined 50,000 euros"),
    ),
    (
        "Three soldiers were court-martialled on Friday for abandoning their posts during the offensive, and the army"
        " tightened its rules to stop further desertions.",
        ("abandoning their posts during the offensive", "Three soldiers were court-martialled on Friday"),
    ),
    (
        "A protester was killed in Nairobi after police opened fire on a crowd, and the opposition called a national"
        " strike to mourn him.",
        ("police opened fire on a crowd", "A protester was killed in Nairobi"),
    ),
    (
        "Security forces arrested six men in Kirkuk for planting a bomb near a market, and the governor imposed a"
        " curfew to prevent reprisals.",
        ("planting a bomb near a market", "Security forces arrested six men in Kirkuk"),
    ),
    (
        "The coach was sacked on Monday after his team lost five games in a row, leading hundreds of fans to celebrate"
        " outside the stadium.",
        ("his team lost five games in a row", "The coach was sacked on Monday"),
    ),
    (
        "Authorities in Tehran shut down two newspapers for criticising the nuclear talks, prompting condemnation from"
        " press freedom groups.",
        ("criticising the nuclear talks", "Authorities in Tehran shut down two newspapers"),
    ),
    (
        "A lawmaker was expelled from the ruling party in Manila after he voted against the budget, and his allies"
        " walked out of the chamber in protest.",
        ("he voted against the budget", "A lawmaker was expelled from the ruling party in Manila"),
    ),
    (
        "The striking drivers were fired for defying a court order, so bus services in the capital remained suspended"
        " for a third day.",
        ("defying a court order", "The striking drivers were fired"),
    ),
    (
        "Nine activists were sentenced to prison in Minsk on Tuesday for taking part in street protests, drawing"
        " criticism from the European Union.",
        ("taking part in street protests", "Nine activists were sentenced to prison in Minsk on Tuesday"),
    ),
    (
        "A teenager died on Saturday after he was hit by a police vehicle during a chase, triggering riots in two"
        " suburbs of Lyon.",
        ("he was hit by a police vehicle during a chase", "A teenager died on Saturday"),
    ),
    (
        "Workers at the copper mine were dismissed for staging an illegal strike, and the union filed a complaint with"
        " the labour court to challenge the dismissals.",
        ("staging an illegal strike", "Workers at the copper mine were dismissed"),
    ),
    (
        "The refinery near Port Harcourt was shut down for violating emission limits, cutting fuel supplies across the"
        " south of the country.",
        ("violating emission limits", "The refinery near Port Harcourt was shut down"),
    ),
    (
        "Four players were suspended for fighting during the derby, and the league fined both clubs because their fans"
        " invaded the pitch.",
        ("fighting during the derby", "Four players were suspended"),
    ),
    (
        "Hundreds of migrants were detained in Tripoli after they tried to board boats to Italy, and aid groups held a"
        " vigil outside the port to demand their release.",
        ("they tried to board boats to Italy", "Hundreds of migrants were detained in Tripoli"),
    ),
    (
        "An activist was arrested in Hanoi on Monday for posting articles critical of the party, which led rights"
        " groups to call for sanctions.",
        ("posting articles critical of the party", "An activist was arrested in Hanoi on Monday"),
    ),
    (
        "The referee was attacked in the tunnel after he sent off two home players, forcing the league to order a"
        " replay behind closed doors.",
        ("he sent off two home players", "The referee was attacked in the tunnel"),
    ),
    (
        "A pilot was grounded on Wednesday for flying over the restricted zone, and the airline apologised because"
        " passengers had been put at risk.",
        ("flying over the restricted zone", "A pilot was grounded on Wednesday"),
    ),
    (
        "Police in Karachi charged 200 traders on Sunday for blocking a railway line, and the traders' association"
        " called a shutdown to protest the charges.",
        ("blocking a railway line", "Police in Karachi charged 200 traders on Sunday"),
    ),
    (
        "Two guards were suspended at the Lima prison after an inmate escaped through a tunnel, and the justice"
        " minister ordered an audit to find out how the tunnel was dug.",
        ("an inmate escaped through a tunnel", "Two guards were suspended at the Lima prison"),
    ),
    (
        "The bank was penalised by the regulator for hiding losses from investors, sending its shares down 12 percent"
        " in Frankfurt.",
        ("hiding losses from investors", "The bank was penalised by the regulator"),
    ),
]

# controls: ONE claim must stand (the trailing phrase's pair is not added beside it)
CONTROLS: list[str] = [
    # the phrase lies inside the claim's cause: a reason read already as part of one
    "Clashes broke out in Jos on Saturday because police had detained 12 youths for blocking a road.",
    "The strike spread to four ports as dockers who had been sacked for joining the union refused to leave.",
    "Fuel queues grew in Harare because the state supplier had been fined for breaching import rules.",
    # one actor's next act: time order, no reason
    "The minister visited the flood zone on Friday after opening a new bridge in the capital, because residents"
    " had asked for her help.",
    "The delegation flew to Doha after spending two days in Cairo, in order to join the ceasefire talks.",
    # a phrase on a noun: no reason
    "The union applied for permission for staging a rally in the city centre because wages had not been paid for"
    " three months.",
    "The council set aside funds for repairing the roads since the floods had damaged most of them.",
    # a fronted "After ..." phrase sets the scene
    "After reviewing the footage, the referee awarded a penalty because the defender had handled the ball.",
    # a negated verb states no reason
    "The police did not arrest anyone for throwing stones, and the march ended peacefully because organisers kept"
    " the crowd calm.",
    # a reporting verb's "after": when it was said
    "The governor said after meeting the protesters that the tax would be reviewed because it had hurt small traders.",
    # a hypothetical
    "Anyone caught smuggling fuel would be jailed, the minister warned, because shortages had spread to the north.",
    # a purpose phrase on a verb of paying: no reason
    "The government will pay for rebuilding the school because the earthquake destroyed it last week.",
]

_SWALLOWED = (
    "no other claim: the trailing reason is the sentence's own claim (round 106), its cause running over the result"
    " participle or relative clause the parse hangs on the act, whose own pair no reader gives"
)
_START = "on START already, from an older reader (the switch adds nothing here: see the last test)"
XFAIL_CAUSAL: dict[int, str] = {
    1: (
        "the 'for' reader's pair stands with its effect over both conjuncts; the trailing pair overlaps both its sides"
        " and is not added"
    ),
    2: (
        "the span tagger's pair cuts 'March for insulting ...' into its cause and runs over the next conjunct; the"
        " trailing pair overlaps both its sides and is not added"
    ),
    11: _SWALLOWED,
    12: _SWALLOWED,
    15: _SWALLOWED,
    17: (
        "the span tagger's pair cuts after the subject ('dismissed for staging ...' its cause); the trailing pair"
        " overlaps both its sides"
    ),
    18: _SWALLOWED,
    21: _SWALLOWED,
    26: (
        "the result participle's claim takes the whole clause as its cause, the 'for' phrase inside it: a reason inside"
        " a claim's cause is left out by design"
    ),
}
XFAIL_CONTROLS: dict[int, str] = {
    0: _START + ": the 'for' reader's inner pair beside the 'because' claim",
    1: _START + ": the 'for' reader's pair inside the relative clause",
    3: _START + ": the 'after' sequence pair of one actor's acts",
    4: _START + ": the 'after' sequence pair of one actor's acts",
    6: _START + ": the 'for' purpose of 'set aside funds' and a tagger pair",
    8: _START + ": the 'for' reader's pair on the negated verb (round 34 reads a reason of a negated clause)",
    9: _START + ": a second pair of the span tagger inside the reported clause",
    11: _START + ": the 'for' reader's pair on 'pay'",
}
# the causal rows that only the switch gets (the others get their pair from older readers as well)
ROUND_ROWS: tuple[int, ...] = (4,)


def _has_pair(nlp: Language, text: str, want: tuple[str, str]) -> bool:
    return any(pair_match(got, want) >= 0.5 for got in claim_pairs(nlp, text))


@pytest.mark.parametrize(("text", "want"), numbered_cases(CAUSAL, XFAIL_CAUSAL, "causal"))
def test_the_trailing_reason_is_among_the_claims(causal_nlp: Language, text: str, want: tuple[str, str]) -> None:
    assert _has_pair(causal_nlp, text, want), claim_pairs(causal_nlp, text)


@pytest.mark.parametrize("text", numbered_cases(CONTROLS, XFAIL_CONTROLS, "control"))
def test_a_control_keeps_one_claim(causal_nlp: Language, text: str) -> None:
    assert len(claim_pairs(causal_nlp, text)) == 1, claim_pairs(causal_nlp, text)


def test_the_round_adds_the_pair_only_when_on(causal_nlp: Language) -> None:
    for row in ROUND_ROWS:
        text, want = CAUSAL[row]
        with settings_set(causal_nlp, trailing_reason_pairs=False):
            assert not _has_pair(causal_nlp, text, want), text
        with settings_set(causal_nlp, trailing_reason_pairs=True):
            assert _has_pair(causal_nlp, text, want), text


def test_the_switch_adds_nothing_to_a_control(causal_nlp: Language) -> None:
    for text in CONTROLS:
        with settings_set(causal_nlp, trailing_reason_pairs=False):
            off = claim_pairs(causal_nlp, text)
        with settings_set(causal_nlp, trailing_reason_pairs=True):
            on = claim_pairs(causal_nlp, text)
        assert on == off, text


def test_the_table_has_its_shape() -> None:
    assert len(CAUSAL) >= 25 and len(CONTROLS) >= 10
    assert set(XFAIL_CAUSAL) <= set(range(len(CAUSAL)))
    assert set(XFAIL_CONTROLS) <= set(range(len(CONTROLS)))
    assert set(ROUND_ROWS) <= set(range(len(CAUSAL)))


def test_the_switch_is_shipped_on_and_off_by_default() -> None:
    assert_shipped_on_default_off("trailing_reason_pairs")
