"""Negated and hypothetical flags (issue 14, session 26, branch modal1; docs/events.md rule 166).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``).

The scorer counts asserted events only: a hypothetical or negated act wrongly asserted is a false positive, a real
act wrongly flagged a miss. Each row states the asserted events exactly (full CAMEO codes, actors on their primary
codes) and, for the acts that must be kept but not asserted, the flag they must carry (compared on the root: the
flagged event must be there, others may be too). Conventions followed (docs/events.md): rule 6 (a negation or a
governing fail / avoid / cease / stop negates; modals, if-clauses and attitude verbs hedge; will / would states an
intent, 03x for cooperation and 13x for force or sanctions), rule 4 ("refused X" is 12x when X is something asked
or offered), rule 103a ("refused to condemn Y" is the disapproval negated), rule 148 (a threat takes over the
threatened act), rule 53a (a coercive act under a modal with a condition is a threat), rule 61 (considering an
option is 014), rule 38 (a denial is 016, the denied act not asserted).

The table was written, codes and flags, before the coder was changed.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from detente.nlp.pipeline import make_doc
from detente.reference.actors import primary_code

from .event_sentences import asserted, table_cases, unnegated_events

H, N = "hypothetical", "negated"

# (sentence, asserted events (source, target, full CAMEO code), exact; events that must be there with a flag,
# (source, target, CAMEO root, H or N))
MODAL_ROWS: list[tuple[str, set[tuple[str, str, str]], set[tuple[str, str, str, str]]]] = [
    # -- failed to / declined to / has yet to / never / no longer: the act not done
    ("Russia failed to deliver the promised grain to Egypt.", set(), {("RUS", "EGY", "07", N)}),
    ("Ukraine's army failed to recapture the town from Russian forces.", set(), {("UKR", "RUS", "19", N)}),
    ("China declined to condemn Russia.", set(), {("CHN", "RUS", "11", N)}),
    ("Moscow has yet to respond to the American proposal.", set(), set()),
    ("Vietnam has yet to recognise Kosovo.", set(), {("VNM", "XKX", "05", N)}),
    ("India is yet to sign the trade agreement with Pakistan.", set(), {("IND", "PAK", "05", N)}),
    ("Armenia has not yet ratified the treaty with Turkey.", set(), {("ARM", "TUR", "05", N)}),
    ("Mexico never recognised Taiwan.", set(), {("MEX", "TWN", "05", N)}),
    ("The United States no longer recognises the Venezuelan government.", set(), {("USA", "VEN", "05", N)}),
    ("Canada no longer supplies arms to Saudi Arabia.", set(), {("CAN", "SAU", "07", N)}),
    # "stop" is a reduce verb since rule 170: arms supply stopped is the codebook's 1622 (stop military assistance)
    ("Canada has stopped supplying arms to Saudi Arabia.", {("CAN", "SAU", "1622")}, set()),
    ("Poland did not expel the Russian ambassador.", set(), {("POL", "RUS", "16", N)}),
    ("Chile did not attack Peru.", set(), {("CHL", "PER", "19", N)}),
    # -- refused / declined: a refusal of something asked or offered is 12x; a conflictual act refused is that
    # act not done (rule 103a's reading, as PETRARCH-style coders read "declined to X" as not-X)
    ("Japan declined to impose sanctions on Russia.", set(), {("JPN", "RUS", "16", N)}),
    ("Brazil refused to expel the Russian ambassador.", set(), {("BRA", "RUS", "16", N)}),
    ("India refused to attack Pakistan.", set(), {("IND", "PAK", "19", N)}),
    ("Japan declined to join the sanctions against Russia.", set(), {("JPN", "RUS", "16", N)}),
    ("The United States refused to lift its sanctions on Cuba.", {("USA", "CUB", "1244")}, set()),
    ("Germany refused to send tanks to Ukraine.", {("DEU", "UKR", "1222")}, set()),
    ("Argentina refused to meet British officials.", {("ARG", "GBR", "125")}, set()),
    ("Serbia refused Kosovo's request for talks.", {("SRB", "XKX", "125")}, set()),
    ("Hungary refused to sign the statement condemning Russia.", {("HUN", "RUS", "120")}, set()),
    ("Greece will not veto Turkey's membership bid.", set(), {("GRC", "TUR", "12", N)}),
    # "cannot" over cooperation: a stated refusal, as "will not" (rule 166g; rows added with it, failing before)
    ("Iran cannot accept the American proposal.", {("IRN", "USA", "120")}, set()),
    # rule 187: a truce refused is the refusal to de-escalate (120 refined)
    ("Israel said it cannot accept a ceasefire with Hamas.", {("ISR", "PSE", "1246")}, set()),
    ("Serbia could not agree with Kosovo on the border.", set(), {("SRB", "XKX", "05", N)}),
    ("Indonesia will not join the sanctions against Russia.", set(), set()),
    # -- plans / intends / is set to / is expected to / is due to / is poised to
    ("Turkey is expected to host talks between Russia and Ukraine.", set(), {("RUS", "UKR", "04", H)}),
    ("Australia is expected to sign a defence pact with Japan.", set(), {("AUS", "JPN", "05", H)}),
    ("Egypt is set to host talks with Jordan next week.", set(), {("EGY", "JOR", "04", H)}),
    # police deployed into another state itself are protection, 074 (rule 372e, breadth14; 15 before)
    ("Kenya is set to deploy police officers to Haiti.", set(), {("KEN", "HTI", "07", H)}),
    ("Iran is due to hold talks with France on Friday.", set(), {("IRN", "FRA", "04", H)}),
    ("Russia is poised to invade Ukraine.", set(), {("RUS", "UKR", "19", H)}),
    ("Beijing plans to send an envoy to Kyiv.", {("CHN", "UKR", "036")}, set()),
    ("Germany is considering sending Taurus missiles to Ukraine.", {("DEU", "UKR", "014")}, set()),
    # -- may / might / could / would, with and without a condition
    ("China may impose sanctions on Lithuania.", set(), {("CHN", "LTU", "16", H)}),
    ("Pakistan could expel the Afghan ambassador.", set(), {("PAK", "AFG", "16", H)}),
    ("Spain might recognise Palestine.", set(), {("ESP", "PSE", "05", H)}),
    # a gas supply cut is a trade cut (rule 163f, 163); stated with "would", with or without a condition, it is a
    # threat of that cut (rules 163g and 166d together): 1312, threaten with sanctions, boycott or embargo
    ("Russia said it would cut gas supplies to Moldova.", {("RUS", "MDA", "1312")}, set()),
    ("Russia said it would cut gas supplies to Moldova if it did not pay.", {("RUS", "MDA", "1312")}, set()),
    ("Russia said it would cut gas supplies to Moldova unless it paid its debts.", {("RUS", "MDA", "1312")}, set()),
    ("If Iran enriches uranium, Israel will strike Iranian nuclear facilities.", {("ISR", "IRN", "138")}, set()),
    ("Germany would never send troops to Ukraine, the chancellor said.", {("DEU", "UKR", "120")}, set()),
    # -- threatened to / warned it would / vowed to
    ("Russia vowed to retaliate against Finland.", {("RUS", "FIN", "130")}, set()),
    ("Turkey threatened to invade Syria.", {("TUR", "SYR", "138")}, set()),
    ("China warned it would impose sanctions on Taiwan.", {("CHN", "TWN", "1312")}, set()),
    ("Israel warned it would strike Lebanon if Hezbollah fired more rockets.", {("ISR", "LBN", "138")}, set()),
    # -- denied: the denial asserted, the denied act not
    ("North Korea denied supplying weapons to Russia.", {("PRK", "RUS", "016")}, set()),
    ("Serbia denied sending troops to Kosovo.", {("SRB", "XKX", "016")}, set()),
    ("Russia denied that it had shelled the Ukrainian hospital.", {("RUS", "UKR", "016")}, set()),
    # -- called for / hopes to / sought to / tried to
    ("France called for talks between Armenia and Azerbaijan.", {("FRA", "ARM", "026"), ("FRA", "AZE", "026")}, set()),
    ("Pakistan hopes to hold talks with India.", {("PAK", "IND", "036")}, set()),
    ("Qatar hopes to mediate between Israel and Hamas.", {("QAT", "ISR", "039"), ("QAT", "PSE", "039")}, set()),
    # rule 172d: talks sought are wanted, an intent to meet from the seeker (036), as "hopes to hold talks" is
    ("Saudi Arabia sought talks with Iran.", {("SAU", "IRN", "036")}, set()),
    ("Turkish forces tried to seize the Syrian border town.", set(), {("TUR", "SYR", "19", H)}),
    # -- ahead of / cancelled / postponed planned talks
    ("The two leaders met ahead of planned talks between Serbia and Kosovo.", set(), {("SRB", "XKX", "04", H)}),
    ("Egypt cancelled planned talks with Ethiopia.", {("EGY", "ETH", "164")}, set()),
    ("Sudan postponed the planned talks with South Sudan.", set(), {("SDN", "SSD", "04", H)}),
]

XFAIL: dict[str, str] = {
    "India refused to attack Pakistan.": (
        "force refused is a plain 120 by the reject wrapper's refine (lead, session 25: 'ruled out military action "
        "against Y'); rule 166 reads only refused 16x / 17x acts as not done"
    ),
    "Japan declined to join the sanctions against Russia.": (
        "the sanctions are the object of 'join', not the refusal's own to-infinitive: 1244 as before (reading an "
        "object under the infinitive would also turn 'refused to drop the sanctions', a refused easing, negated)"
    ),
}


def negated_events(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """(source, target, CAMEO code) of every negated event of ``text``, actors on their primary code (the negated
    view beside ``unnegated_events``)."""
    doc = nlp(make_doc(nlp, text, published="2024-05-01"))
    events: list[dict[str, Any]] = doc._.events or []
    return {(primary_code(e["source"]), primary_code(e["target"]), str(e["cameo"])) for e in events if e["negated"]}


def flagged(nlp: Language, text: str) -> set[tuple[str, str, str, str]]:
    """The flagged (hypothetical or negated) events of ``text`` with their CAMEO roots."""
    hypothetical = {(s, t, c[:2], H) for s, t, c, hyp in unnegated_events(nlp, text) if hyp}
    return hypothetical | {(s, t, c[:2], N) for s, t, c in negated_events(nlp, text)}


@pytest.mark.parametrize(("sentence", "expected", "kept"), table_cases(MODAL_ROWS, XFAIL))
def test_modal_flags(
    rules_nlp: Language,
    sentence: str,
    expected: set[tuple[str, str, str]],
    kept: set[tuple[str, str, str, str]],
) -> None:
    assert asserted(rules_nlp, sentence) == expected
    assert kept <= flagged(rules_nlp, sentence)


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in MODAL_ROWS}
