"""The label mappings of the event layer's training data (``benchmarks/build_event_data.py``): PLOVER
(event, mode) -> CAMEO root through the CAMEO-to-PLOVER table read backwards, ACLED sub-event types ->
CAMEO root, the annotators' majority root, the lede taken from a story; and the shipped weights' held-out gate.

Every row here is constructed; no text of a training or evaluation set is used."""

from __future__ import annotations

import csv
import io
import json

import numpy as np
import pytest
from benchmarks.build_event_data import (
    ACLED_ROOT,
    CAMEO_TO_PLOVER,
    cameo_confli_votes,
    case_task2,
    lede,
    ngec_stories,
    plover_root_table,
    plover_to_root,
)
from benchmarks.train_events import INERT

from detente.nlp.event_model import MODEL_FILE

TABLE_TEXT = """# a constructed CAMEO-to-PLOVER table
03: AGREE
031: AGREE,  , diplomatic # intent to cooperate materially
11: ACCUSE
111: ACCUSE, disapprove, # criticize
112: ACCUSE, allege,  # accuse
09: ACCUSE, investigate # investigate
091: ACCUSE, investigate, # investigate crime
18: ASSAULT
181: ASSAULT, abduct, # abduct
19: FIGHT
190: FIGHT, , # conventional force
"""


def test_plover_table_reversed_to_the_root_by_majority_and_mode() -> None:
    table = plover_root_table(TABLE_TEXT)
    # ACCUSE: 3 codes under 11, 2 under 09 -> 11; its "investigate" mode lives only under 09
    assert plover_to_root("ACCUSE", "", table) == "11"
    assert plover_to_root("ACCUSE", "INVESTIGATE", table) == "09"
    assert plover_to_root("accuse", "allege", table) == "11"
    # an unknown mode falls back to the event's root; an unknown event has none
    assert plover_to_root("ASSAULT", "PRIMATIVE", table) == "18"
    assert plover_to_root("AGREE", "", table) == "03"
    assert plover_to_root("FIGHT", "", table) == "19"
    assert plover_to_root("NOSUCHEVENT", "", table) is None


def test_the_shared_table_maps_every_plover_event_to_its_cameo_root() -> None:
    if not CAMEO_TO_PLOVER.exists():
        pytest.skip(f"{CAMEO_TO_PLOVER} not found: ../shared is not available on this machine")
    table = plover_root_table(CAMEO_TO_PLOVER.read_text(encoding="utf-8"))
    expected = {
        "AGREE": "03",
        "CONSULT": "04",
        "SUPPORT": "05",
        "COOPERATE": "06",
        "AID": "07",
        "REQUEST": "10",
        "REJECT": "12",
        "THREATEN": "13",
        "PROTEST": "14",
        "MOBILIZE": "15",
        "SANCTION": "16",
        "COERCE": "17",
        "ASSAULT": "18",
    }
    for event, root in expected.items():
        assert plover_to_root(event, "", table) == root, event
    assert plover_to_root("ACCUSE", "investigate", table) == "09"


def test_ngec_rows_take_the_lede_and_the_mapped_root() -> None:
    table = plover_root_table(TABLE_TEXT)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=["text", "label", "mode"])
    writer.writeheader()
    writer.writerow(
        {
            "text": "Gen. Tarvo of Norland accused Sudmark of shelling the border town on Monday. "
            "He gave no evidence.\n\nA second paragraph.",
            "label": "ACCUSE",
            "mode": "ALLEGE",
        }
    )
    writer.writerow({"text": "Too short.", "label": "ACCUSE", "mode": ""})
    writer.writerow(
        {"text": "Norland and Sudmark opened a new crossing on Friday, officials said.", "label": "X", "mode": ""}
    )
    rows = ngec_stories(out.getvalue(), table)
    assert rows == [
        {
            "text": "Gen. Tarvo of Norland accused Sudmark of shelling the border town on Monday.",
            "plover": "ACCUSE",
            "mode": "ALLEGE",
            "root": "11",
        }
    ]


def test_lede_keeps_initials_and_drops_non_sentences() -> None:
    assert lede("U.S. envoy J. Smith met the Norland foreign minister in Vell on Tuesday. More.") == (
        "U.S. envoy J. Smith met the Norland foreign minister in Vell on Tuesday."
    )
    assert lede("Two words.") is None


def test_acled_sub_events_map_to_cameo_roots_and_unmapped_types_are_dropped() -> None:
    tsv = (
        "id\tEventSnippet\tSubType\n"
        "1\tNorland jets bombed a depot near Vell, killing four.\tAIR_STRIKE\n"
        "2\tPolice in Vell detained twelve  activists on Sunday.\tARREST\n"
        "3\tHundreds marched peacefully in Vell against the new tax.\tPEACE_PROTEST\n"
        "4\tA flood cut the road to Vell.\tNATURAL_DISASTER\n"
        "5\tThe rebels set up a new base in the hills.\tHQ_ESTABLISHED\n"
    )
    rows = case_task2(tsv)
    assert [(r["acled"], r["root"]) for r in rows] == [("AIR_STRIKE", "19"), ("ARREST", "17"), ("PEACE_PROTEST", "14")]
    assert rows[1]["text"] == "Police in Vell detained twelve activists on Sunday."
    # every mapped root is a CAMEO root, and a rebel base or a disaster has no CAMEO action
    assert all(r in {f"{i:02d}" for i in range(1, 21)} for r in ACLED_ROOT.values())
    assert "HQ_ESTABLISHED" not in ACLED_ROOT and "NATURAL_DISASTER" not in ACLED_ROOT


def test_annotator_majority_root() -> None:
    head = "ids,sentences,Action1_CAMEO_1,Action1_CAMEO_2,Action1_CAMEO_3\n"
    round1 = head + (
        'a,"Norland condemned the raid.",3-11 Disapprove,3-11 Disapprove,0-1 Make Public Statement\n'
        'b,"Sudmark sent aid to Vell.",2-7 Provide Aid,,\n'
        'c,"The two sides talked.",1-4 Consult,1-5 Engage in Dip Coop,\n'
    )
    # a later file of the same round overwrites its votes; another round adds votes
    round1_v2 = head + 'b,"Sudmark sent aid to Vell.",2-7 Provide Aid,2-7 Provide Aid,\n'
    round2 = head + 'c,"The two sides talked.",1-4 Consult,,\n'
    rows = cameo_confli_votes([("r1", round1), ("r1", round1_v2), ("r2", round2)])
    got = {r["text"]: r["root"] for r in rows}
    assert got == {
        "Norland condemned the raid.": "11",
        "Sudmark sent aid to Vell.": "07",
        "The two sides talked.": "04",
    }
    # a tie (one vote each) is not kept
    tie = cameo_confli_votes([("r1", head + 'd,"X met Y.",1-4 Consult,1-5 Engage in Dip Coop,\n')])
    assert tie == []


def test_shipped_layer_is_inert_when_a_held_out_set_lost() -> None:
    """``train_events.py --write`` gates the thresholds: a held-out loss on any event set ships them inert."""
    with np.load(MODEL_FILE) as z:
        meta = json.loads(str(z["meta"]))
    gate = meta["held_out_gate"]
    assert set(gate) >= {"seeds", "plover_dev", "cb_ner"}
    if min(gate.values()) < 0:
        assert {k: meta["thresholds"][k] for k in INERT} == INERT
    # the root head was trained on the session-7 sets as well
    assert {"ngec", "case2", "cameo_cb"} <= set(meta["trained_on"])
