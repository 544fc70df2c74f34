"""The cache of compiled regexes gives exactly what re.compile gives, and never trusts a
file it did not write whole."""

from __future__ import annotations

import re

import pytest

from hoptac.core import rxcache

PATTERNS = [
    (r"(?P<day>\d{1,2})[/.\-](?P<month>\d{1,2})(?:[/.\-](?P<year>\d{4}))?", 0),
    (r"(?:lào cai|yên bái|hà nội)(?!\w)", re.IGNORECASE),
    (r"""(?P<a> tỉnh \s+ ) (?P<b> [A-ZÀ-Ỹ]\w+ )""", re.VERBOSE),
    (r"[ \t\u00a0'\u2019\u2010-\u2014-]+(?<!x)$", 0),
]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("HOPTAC_RX_CACHE", str(tmp_path / "rx"))
    return tmp_path / "rx"


@pytest.mark.parametrize("pattern,flags", PATTERNS)
def test_a_cached_pattern_is_the_compiled_one(cache, pattern, flags):
    first = rxcache.compile(pattern, flags)   # compiled, then kept
    assert any(cache.glob("*.rx"))
    again = rxcache.compile(pattern, flags)   # read back from the file
    want = re.compile(pattern, flags)
    for got in (first, again):
        assert got == want  # same pattern, flags and engine code
        assert got.groupindex == want.groupindex and got.groups == want.groups
    text = "Sáng 5/6/2022 tại tỉnh Lào Cai - Yên Bái, HÀ NỘI"
    assert [m.span() for m in again.finditer(text)] == [m.span() for m in want.finditer(text)]


def test_a_damaged_or_cut_file_is_compiled_again(cache):
    pattern = r"(?P<n>\d+)\s*(?:tháng|năm)"
    rxcache.compile(pattern)
    (path,) = cache.glob("*.rx")
    data = path.read_bytes()
    path.write_bytes(data[:-4] + bytes(b ^ 0xFF for b in data[-4:]))   # the code changed: CRC fails
    assert rxcache.compile(pattern) == re.compile(pattern)
    path.write_bytes(data[: len(data) // 2])                            # cut short
    assert rxcache.compile(pattern) == re.compile(pattern)
    path.write_bytes(b"")
    assert rxcache.compile(pattern) == re.compile(pattern)
    assert path.read_bytes() == data   # and written again whole


def test_off_and_unwritable_folders_compile_as_re_does(tmp_path, monkeypatch):
    monkeypatch.setenv("HOPTAC_RX_CACHE", "off")
    assert rxcache.cache_dir() is None
    assert rxcache.compile(r"a+b") == re.compile(r"a+b")
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("HOPTAC_RX_CACHE", str(blocked / "rx"))
    assert rxcache.compile(r"c+d") == re.compile(r"c+d")


def test_derived_text_is_kept_by_source_and_function(cache):
    calls = []

    def build(s: str) -> str:
        calls.append(s)
        return s[::-1]

    def other(s: str) -> str:
        calls.append(s)
        return s.upper()

    assert rxcache.derived("abc", build) == "cba"
    assert rxcache.derived("abc", build) == "cba"
    assert calls == ["abc"]                              # the second came from the file
    assert rxcache.derived("abd", build) == "dba"        # another source
    assert rxcache.derived("abc", other) == "ABC"        # another function: not the same entry
    assert calls == ["abc", "abd", "abc"]
    for path in cache.glob("*.txt"):
        path.write_bytes(path.read_bytes()[:-1] + b"!")  # damaged: built again
    assert rxcache.derived("abc", build) == "cba"
    assert calls[-1] == "abc" and len(calls) == 4


def test_derived_by_a_function_without_bytecode(cache):
    """A compiled function (mypyc, C) has no ``__code__``: its name keys the entry instead."""
    assert not hasattr(str.upper, "__code__")
    assert rxcache.derived("abc", str.upper) == "ABC"
    assert rxcache.derived("ABC", str.lower) == "abc"
    assert rxcache.derived("abc", str.lower) == "abc"   # same source, another function
    assert rxcache.derived("abc", str.upper) == "ABC"   # read back
    assert len(list(cache.glob("*.txt"))) == 3


def test_the_rules_compile_the_same_through_the_cache(cache):
    """The names regex and the date tables, built with a cold and then a warm cache, are
    the patterns re.compile makes of the same sources."""
    from hoptac.core.extract import date_compile
    from hoptac.core.extract.dates import _CHECKS

    cold = date_compile.compile_tables(_CHECKS)
    warm = date_compile.compile_tables(_CHECKS)
    assert warm.lead == cold.lead == re.compile(cold.lead.pattern, cold.lead.flags & ~re.UNICODE)
    for key, (pat, _, _) in warm.masters.items():
        assert pat == cold.masters[key][0] == re.compile(pat.pattern, re.VERBOSE)


def test_the_oldest_entries_go_past_the_limit(cache, monkeypatch):
    import os

    monkeypatch.setattr(rxcache, "KEEP", 3)
    written = []
    for i in range(5):
        before = set(cache.glob("*.rx"))
        rxcache.compile(rf"a{{{i + 1}}}")
        (new,) = set(cache.glob("*.rx")) - before
        os.utime(new, (1000 + i, 1000 + i))   # written in this order
        written.append(new)
    assert set(cache.glob("*.rx")) == set(written[-3:])   # the two oldest went
    assert rxcache.compile(r"a{5}") == __import__("re").compile(r"a{5}")


# --- the bundle of small regexes (cached_compiles) ---------------------------------------

def _compile_as(module_name: str, pattern, flags=0):
    """re.compile called from a module of that name (the bundle serves hoptac's only)."""
    return eval("re.compile(pattern, flags)", {"__name__": module_name, "re": re, "pattern": pattern, "flags": flags})


def test_the_bundle_gives_re_compiles_patterns_and_is_read_back(cache, monkeypatch):
    with rxcache.cached_compiles("t"):
        first = [_compile_as("hoptac.core.x", p, f) for p, f in PATTERNS]
    assert (cache / "bundle-t.rxb").exists()
    assert re.compile is rxcache._ORIGINAL_COMPILE   # put back
    # read back without compiling: the parser is not reached
    monkeypatch.setattr(rxcache, "_engine_code", lambda *a: (_ for _ in ()).throw(AssertionError("compiled")))
    with rxcache.cached_compiles("t"):
        again = [_compile_as("hoptac.core.x", p, f) for p, f in PATTERNS]
    text = "Sáng 5/6/2022 tại tỉnh Lào Cai - Yên Bái, HÀ NỘI"
    for (p, f), a, b in zip(PATTERNS, first, again):
        want = re.compile(p, f)
        assert a == b == want and b.groupindex == want.groupindex and b.groups == want.groups
        assert [m.span() for m in b.finditer(text)] == [m.span() for m in want.finditer(text)]


def test_the_bundle_leaves_other_callers_bad_patterns_and_damage_alone(cache):
    with rxcache.cached_compiles("t"):
        other = _compile_as("dateutil.parser", r"\d+")          # another package's call
        compiled = _compile_as("hoptac.core.x", re.compile("x"))  # a compiled pattern
        with pytest.raises(re.error):
            _compile_as("hoptac.core.x", "(unclosed")
        kept = _compile_as("hoptac.core.x", r"(?P<y>\d{4})")
    assert other == re.compile(r"\d+") and compiled == re.compile("x")
    path = cache / "bundle-t.rxb"
    data = bytearray(path.read_bytes())
    data[-3] ^= 0xFF                                            # damaged: not trusted
    path.write_bytes(bytes(data))
    with rxcache.cached_compiles("t"):
        again = _compile_as("hoptac.core.x", r"(?P<y>\d{4})")
    assert again == kept == re.compile(r"(?P<y>\d{4})") and again.groupindex == {"y": 1}


def test_the_rules_modules_import_the_same_patterns_through_the_bundle(tmp_path):
    """Every regex the extraction modules hold, imported through a cold and then a warm
    bundle, is the pattern re.compile makes of its source (fresh interpreters)."""
    import os
    import subprocess
    import sys

    script = (
        "import re, sys\n"
        "import hoptac.core.ingest\n"
        "n = 0\n"
        "for name, mod in list(sys.modules.items()):\n"
        "    if not name.startswith('hoptac.core'): continue\n"
        "    for v in list(vars(mod).values()):\n"
        "        if isinstance(v, re.Pattern) and isinstance(v.pattern, str):\n"
        "            w = re.compile(v.pattern, v.flags)\n"
        "            assert v == w and v.groupindex == w.groupindex, v.pattern\n"
        "            n += 1\n"
        "print(n)\n")
    env = {**os.environ, "HOPTAC_RX_CACHE": str(tmp_path / "rx")}
    counts = [subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
              .stdout.strip() for _ in range(2)]
    assert (tmp_path / "rx" / "bundle-ingest.rxb").exists()
    assert counts[0] == counts[1] and int(counts[0]) > 100
