"""What ``core`` says (errors, findings, warnings) is English there and translated where the
interface shows it: :mod:`hoptac.core.messages` and ``tui.i18n.tr``; every template core
marks is in the catalog, translated, with the same fields."""

from __future__ import annotations

import ast
import pickle
import string
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po
from hoptac.core.messages import M_, Message, Mn_, message_of, trimmed
from hoptac.core.store.query import FilterError, parse_date_bound
from hoptac.tui import i18n
from hoptac.tui.i18n import tr

ROOT = Path(__file__).resolve().parent.parent
PO = ROOT / "tui/locale/vi/LC_MESSAGES/hoptac.po"


def _catalog():
    with PO.open("rb") as fh:
        return read_po(fh, locale="vi")


def test_a_message_is_its_english_text_and_keeps_how_it_was_made() -> None:
    m = M_("cannot read {path}: {reason}", path=Path("/x/db.json"), reason="permission denied")
    assert m == "cannot read /x/db.json: permission denied" and isinstance(m, str)
    assert m.template == "cannot read {path}: {reason}" and m.args["path"] == Path("/x/db.json")
    assert Mn_("{n} problem", "{n} problems", 1) == "1 problem" and Mn_("{n} problem", "{n} problems", 3) == "3 problems"
    back = pickle.loads(pickle.dumps(m))  # through the ingest's process pool
    assert back == m and isinstance(back, Message) and back.template == m.template and back.args == m.args


def test_tr_says_a_core_error_in_vietnamese_and_english_stays_english(vietnamese) -> None:
    with pytest.raises(FilterError) as caught:
        parse_date_bound("2020-02-30", end=False)
    assert str(caught.value) == "not a date: '2020-02-30' (there is no day 30 in 2020-02)"
    assert tr(caught.value) == "không phải ngày: '2020-02-30' (không có ngày 30 trong 2020-02)"
    nested = M_("{name}: {reason}", name="seg-000001.json", reason=M_("permission denied"))
    assert tr(nested) == "seg-000001.json: không có quyền truy cập"
    assert tr(Mn_("{n} problem in {path}; `hoptac repair` rebuilds what can be rebuilt",
                  "{n} problems in {path}; `hoptac repair` rebuilds what can be rebuilt", 2, path="db.json")) \
        == "2 lỗi trong db.json; `hoptac repair` dựng lại những gì dựng lại được"
    assert tr("no date found") == "không tìm thấy ngày"  # a warning as stored in the database
    i18n.set_language("en")
    assert tr(caught.value) == str(caught.value)


def test_what_the_catalog_lacks_or_cannot_fill_is_said_in_english(vietnamese) -> None:
    assert tr(M_("a template no catalog has: {x}", x=1)) == "a template no catalog has: 1"
    assert tr(ValueError("plain text")) == "plain text"
    # a translation that names a field the message does not carry falls back on the English
    m = M_("not a date: {text!r} (month {month})", text="2020-13", month="13")
    del m.args["month"]
    assert tr(m) == str(m)


def test_a_cut_message_is_cut_again_in_translation(vietnamese) -> None:
    from hoptac.core.store.manifest import REPAIR_HINT

    full = M_("{path} is damaged: not a segment; {hint}", path="seg-000002.json", hint=REPAIR_HINT)
    short = trimmed(full, "{path} ", "; {hint}")
    assert short == "is damaged: not a segment"
    assert tr(short) == "bị hỏng: không phải phân đoạn"
    assert tr(full).endswith("`hoptac repair` dựng lại những gì dựng lại được")
    assert trimmed("plain", "{path} ") is None and message_of(ValueError("x")) == "x"


def _core_templates() -> list[tuple[str, str]]:
    found = []
    for filename, lineno, message, _c, _ctx in extract_from_dir(
            str(ROOT / "core"), method_map=[("**.py", "python")], keywords={"M_": None, "Mn_": (1, 2)},
            comment_tags=()):
        found.append((message if isinstance(message, str) else message[0], f"core/{filename}:{lineno}"))
    return found


def test_every_message_core_marks_is_in_the_catalog_and_translated() -> None:
    found = _core_templates()
    assert len(found) > 150  # the scan sees core's messages (store, ingest, extraction)
    entries = {m.id if isinstance(m.id, str) else m.id[0]: m for m in _catalog() if m.id}
    missing = [(t, where) for t, where in found if t not in entries]
    untranslated = [(t, where) for t, where in found if t in entries
                    and not all(entries[t].string if isinstance(entries[t].string, tuple) else [entries[t].string])]
    assert missing == [] and untranslated == []  # python -m scripts.i18n, then translate


def test_core_marks_literal_templates_only() -> None:
    """Babel cannot read an f-string or a variable: such a message would never reach the
    catalog, silently. Every M_/Mn_ call in core starts with literal templates."""
    bad = []
    for path in sorted((ROOT / "core").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("M_", "Mn_"):
                n = 1 if node.func.id == "M_" else 2
                if len(node.args) < n or not all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                                                 for a in node.args[:n]):
                    bad.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert bad == []


def _fields(text: str) -> set[tuple[str, str, str | None]]:
    return {(f, spec, conv) for _l, f, spec, conv in string.Formatter().parse(text) if f is not None}


def test_every_translation_has_the_fields_of_its_english() -> None:
    """A translation that drops or renames ``{path}`` would raise (or, in tr, fall back on
    the English) when shown."""
    wrong = []
    for m in _catalog():
        if not m.id:
            continue
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        if "{" not in "".join(ids):
            continue
        for s in (m.string if isinstance(m.string, tuple) else (m.string,)):
            if s and _fields(s) not in (_fields(ids[0]), _fields(ids[-1])):
                wrong.append(ids[0])
    assert wrong == []
