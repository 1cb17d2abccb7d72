"""Strategy scenarios: clamp each strategy the texts weigh (sanctions, isolation, aid) on a cognitive map.

This sits in ``scenario`` (it runs :func:`detente.scenario.fcm.run_scenario`) and uses the maps and concepts
of ``detente.analysis``; the dependency goes one way only, analysis never imports scenario.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.language import Language

from detente.analysis.cognitive_map import CognitiveMap
from detente.analysis.concepts import ConceptLexicon, load_lexicon, match_term
from detente.scenario.fcm import run_scenario


def strategy_scenario(
    cmap: CognitiveMap,
    terms: Sequence[str] | None = None,
    nlp: Language | None = None,
    lexicon: ConceptLexicon | None = None,
    clamp_value: float = 1.0,
    rule: str = "kosko",
    transfer: str = "tanh",
    top: int = 5,
    **options: Any,
) -> list[dict[str, Any]]:
    """For each strategy term (default: ``strategy_terms`` of ``concepts.yml``: economic sanctions,
    diplomatic isolation, military aid) find the concept in THIS map, clamp it at ``clamp_value`` and report
    the concepts that moved most against an unclamped baseline.

    Defaults: Kosko rule with tanh, starting from all zeros, so the baseline stays at 0 and the scenario's
    values read directly as signed influence (up/down). A term with no concept in the map is reported with
    ``found: False`` and a message; nothing is invented. Extra ``options`` go to ``fcm.simulate``.
    """
    lexicon = lexicon or load_lexicon()
    terms = list(terms) if terms is not None else list(lexicon.strategy_terms)
    w, names = cmap.to_matrix()
    name_of = dict(zip((c.id for c in cmap.concepts), names, strict=True))
    out: list[dict[str, Any]] = []
    for term in terms:
        concept = match_term(term, cmap.concepts, nlp=nlp, lexicon=lexicon) if cmap.concepts else None
        if concept is None:
            out.append(
                {
                    "term": term,
                    "found": False,
                    "concept": None,
                    "message": f"no concept matching {term!r} in the map {cmap.name!r}; not simulated",
                }
            )
            continue
        name = name_of[concept.id]
        outgoing = [e for e in cmap.edges if e.source == concept.id and e.weight != 0]
        base, scen, ranked = run_scenario(w, names, clamp={name: clamp_value}, rule=rule, transfer=transfer, **options)
        moved = [r for r in ranked if r["concept"] != name and abs(r["difference"]) > 1e-9][:top]
        message = (
            f"{name!r} has no outgoing edges in the map: clamping it moves nothing"
            if not outgoing
            else f"clamped {name!r} at {clamp_value}"
        )
        out.append(
            {
                "term": term,
                "found": True,
                "concept": name,
                "concept_id": concept.id,
                "message": message,
                "outcome": scen.outcome,
                "steps": scen.steps,
                "period": scen.period,
                "baseline_outcome": base.outcome,
                "moved": moved,
            }
        )
    return out
