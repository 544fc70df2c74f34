"""Round 36 (fold36): the date table's checks by name are their own module (date_checks), out of dates.py (400
lines). Every name a rule gives is one, the engine reads the same table, and a check still refuses what it did."""

from __future__ import annotations

from pathlib import Path

from hoptac.core.extract import date_checks, dates
from hoptac.core.extract.date_rules import RULES
from hoptac.core.extract.dates import find_dates


def test_every_check_a_rule_names_is_in_the_table_and_none_is_left_over():
    named = {c for r in RULES for c in r.check.split()}
    assert named and named <= set(date_checks.CHECKS)
    assert set(date_checks.CHECKS) == named   # (a check no rule names would be dead code)


def test_the_engine_reads_the_checks_table():
    assert dates._CHECKS is date_checks.CHECKS


def test_dates_is_well_under_400_lines():
    assert len(Path(dates.__file__).read_text(encoding="utf-8").splitlines()) < 350


def test_the_checks_still_refuse_a_number_and_a_unit():
    # no_unit: "8/3 người" is no date; not_doc: "số 8/3" is a document's number
    assert [m.text for m in find_dates("Có 8/3 người đến.")] == []
    assert [m.text for m in find_dates("Theo văn bản số 8/3, hai bên họp.")] == []
    assert [m.text for m in find_dates("Sáng 8/3, hai bên họp.")] == ["Sáng 8/3"]


def test_strong_reads_a_cue_of_a_date_in_the_lead():
    assert date_checks.strong({"dp": "sang"}) and date_checks.strong({"ngay": "ngay"})
    assert not date_checks.strong({"dp": None, "wd": None})
