"""The synthetic corpus (``python -m bench.corpus``, which ``bench.run --only rate`` ingests) names its
foreign partners as the press spells them; the gazetteer may have moved a record's name to another
spelling since ("Chăm-pa-sắc" became the record "Champasak", its former name). The generator must
still find every partner, or the rate benchmark stops before it starts (it did, unnoticed, until
round 36)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # bench is the repository's, not the package's

from bench.corpus.parties import foreign_party, load_gazetteer  # noqa: E402
from bench.corpus.words import FOREIGN_PARTNERS  # noqa: E402


def test_every_foreign_partner_of_the_generator_is_in_the_gazetteer():
    _pool, foreign_recs, provinces = load_gazetteer()   # raises SystemExit when one is missing
    assert set(FOREIGN_PARTNERS) <= set(foreign_recs)
    assert len(provinces) == 63


def test_a_partner_found_by_its_former_name_is_the_renamed_record():
    _pool, foreign_recs, _ = load_gazetteer()
    renamed = [n for n in FOREIGN_PARTNERS if foreign_recs[n]["name"] != n]
    assert renamed, "the generator names no partner by a former name: this test no longer tests anything"
    for name in renamed:
        assert name in foreign_recs[name].get("former", [])
        party = foreign_party(name, foreign_recs[name], random.Random(1))
        assert party is not None
