"""Large regexes compiled once per interpreter, not once per process.

The extraction rules are a few large regexes built from tables (the gazetteer's
1,800 names, the date patterns): Python's ``re`` compiles them in pure Python, about
0.3 s of CPU at every start of ``hoptac ingest`` or ``explain``. :func:`compile` keeps
what that compilation produces -- the regex engine's code, a list of integers, with its
group names -- in a small file beside the package's bytecode (``__pycache__/rx-…``) and
hands it straight to the engine next time (``_sre.compile``, what ``re.compile`` itself
calls last), which takes a millisecond.

The cache is derived and versioned like bytecode: a file is named by a hash of the
pattern, its flags, the interpreter's version and the engine's magic number, carries a
CRC-32 of its contents, and is used only when all of them match; anything else (no
file, a damaged one, a folder that cannot be written, an interpreter without
``_sre.compile``) compiles as ``re.compile`` does; ``HOPTAC_RX_CACHE=off`` turns it off,
``HOPTAC_RX_CACHE=DIR`` keeps it in DIR. No pickle: the
file holds integers and a JSON header. The pattern built either way is equal
(``==``) to ``re.compile``'s (tests/test_rxcache.py).

The rules' many small regexes (about 220, compiled as their modules are imported: some
0.05-0.08 s of every start) are kept the same way, all in one file: while
:func:`cached_compiles` is active, ``re.compile`` called by hoptac's own modules reads the
engine's code from that bundle (one file, not 220), and a pattern it does not hold is
compiled as ``re.compile`` does and added to it when the block ends.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import re
import struct
import sys
import zlib
from array import array
from pathlib import Path
from typing import Callable

__all__ = ["compile", "derived", "cache_dir", "cached_compiles"]

_MAGIC = b"HRX1"
_HEAD = struct.Struct("<4sII")  # magic, CRC-32 of what follows, length of the JSON header


def _engine_tag() -> str | None:
    try:
        import _sre

        if _sre.CODESIZE != 4 or not hasattr(_sre, "compile"):
            return None
        return f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}"
    except Exception:  # noqa: BLE001 - another interpreter: plain re.compile
        return None


_TAG = _engine_tag()


def cache_dir() -> Path | None:
    """Where the compiled regexes are kept (None: not kept)."""
    if _TAG is None:
        return None
    override = os.environ.get("HOPTAC_RX_CACHE")
    if override is not None:
        return Path(override) if override and override != "off" else None
    here = Path(__file__).resolve().parent
    if sys.pycache_prefix:
        return Path(sys.pycache_prefix + str(here)) / f"rx-{_TAG}"
    return here / "__pycache__" / f"rx-{_TAG}"


def _key(pattern: str, flags: int) -> str:
    h = hashlib.sha256()
    h.update(f"{_TAG}\0{flags}\0".encode())
    h.update(pattern.encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:40]


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re.compile's name
    """``re.compile(pattern, flags)``, from the cache when it holds it."""
    folder = cache_dir()
    if folder is None:
        return re.compile(pattern, flags)
    path = folder / (_key(pattern, flags) + ".rx")
    try:
        found = _load(path, pattern)
    except Exception:  # noqa: BLE001 - a damaged or foreign file: compile instead
        found = None
    if found is not None:
        return found
    return _compile_and_keep(pattern, flags, path)


def _load(path: Path, pattern: str) -> re.Pattern[str] | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    magic, crc, hlen = _HEAD.unpack_from(data)
    rest = memoryview(data)[_HEAD.size:]
    if magic != _MAGIC or zlib.crc32(rest) != crc or hlen > len(rest):
        return None
    head = json.loads(bytes(rest[:hlen]))
    code = array("I")
    code.frombytes(rest[hlen:])
    if len(code) != head["n"]:
        return None
    import _sre

    groupindex = {k: int(v) for k, v in head["groupindex"].items()}
    return _sre.compile(pattern, head["flags"], code.tolist(), head["groups"], groupindex,
                        tuple(head["indexgroup"]))


def _engine_code(pattern: str, flags: int) -> tuple[re.Pattern[str], list[int], dict]:
    """What re.compile does, keeping its pieces: the pattern, the engine's code and the
    header that rebuilds it (raises whatever the parser raises)."""
    from re import _compiler, _parser

    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    final = flags | p.state.flags
    import _sre

    compiled = _sre.compile(pattern, final, code, p.state.groups - 1, groupindex, tuple(indexgroup))
    return compiled, code, {"flags": final, "groups": p.state.groups - 1, "groupindex": groupindex,
                            "indexgroup": indexgroup, "n": len(code)}


def _compile_and_keep(pattern: str, flags: int, path: Path) -> re.Pattern[str]:
    try:
        compiled, code, header = _engine_code(pattern, flags)
    except Exception:  # noqa: BLE001 - internals changed: the public way (and its errors)
        return re.compile(pattern, flags)
    try:
        body = array("I", code).tobytes()
    except (OverflowError, TypeError):
        return compiled
    head = json.dumps(header).encode()
    rest = head + body
    _write(path, _HEAD.pack(_MAGIC, zlib.crc32(rest), len(head)) + rest)
    return compiled


KEEP = 200  # entries kept: rules edited again and again leave old ones, the oldest go


def _write(path: Path, data: bytes) -> None:
    """Written aside and renamed into place; a folder that cannot be written is no error."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        try:
            tmp.unlink()
        except OSError:
            pass
        return
    _prune(path.parent)


def _prune(folder: Path) -> None:
    try:
        entries = [(e.stat().st_mtime, e.path) for e in os.scandir(folder)
                   if e.name.endswith((".rx", ".txt")) and not e.name.startswith(".")]
        if len(entries) <= KEEP:
            return
        for _, old in sorted(entries)[: len(entries) - KEEP]:
            os.unlink(old)
    except OSError:
        pass  # another process pruned it first, or the folder went away



def _code_print(code: object, h: "hashlib._Hash") -> None:
    h.update(code.co_code)  # type: ignore[attr-defined]
    for c in code.co_consts:  # type: ignore[attr-defined]
        if hasattr(c, "co_code"):
            _code_print(c, h)  # nested functions
        else:
            h.update(repr(c).encode("utf-8", "surrogatepass"))
    h.update(repr(code.co_names).encode())  # type: ignore[attr-defined]


@functools.lru_cache(maxsize=1)
def _compiled_print() -> str:
    """A hash of the loaded mypyc libraries (``…__mypyc`` modules: the compiled code of
    every compiled hoptac module; the modules' own files are stubs that load it)."""
    h = hashlib.sha256()
    for name in sorted(n for n in sys.modules if n.endswith("__mypyc")):
        try:
            h.update(Path(sys.modules[name].__file__ or "").read_bytes())
        except OSError:
            h.update(name.encode())
    return h.hexdigest()


def derived(source: str, build: Callable[[str], str], *uses: Callable[..., object]) -> str:
    """``build(source)``, a pure function of ``source`` that is slow to run (the text of a
    regex made from another), kept in the same cache. The file is named by ``source``
    and the bytecode of ``build`` and of the functions it ``uses``: a change to them
    makes a new entry."""
    folder = cache_dir()
    if folder is None:
        return build(source)
    h = hashlib.sha256()
    for fn in (build, *uses):
        code = getattr(fn, "__code__", None)
        if code is not None:
            _code_print(code, h)
        else:  # compiled (mypyc, C): no bytecode; its name and the compiled library stand for it
            name = f"{getattr(fn, '__module__', None)}.{getattr(fn, '__qualname__', None) or fn!r}"
            h.update(f"{name}\0{_compiled_print()}".encode("utf-8", "surrogatepass"))
    path = folder / (_key(h.hexdigest() + "\0" + source, 0) + ".txt")
    try:
        data = path.read_bytes()
        crc, body = int.from_bytes(data[:4], "little"), data[4:]
        if len(data) >= 4 and zlib.crc32(body) == crc:
            return body.decode("utf-8", "surrogatepass")
    except (OSError, UnicodeDecodeError):
        pass
    out = build(source)
    body = out.encode("utf-8", "surrogatepass")
    _write(path, zlib.crc32(body).to_bytes(4, "little") + body)
    return out


# --- the bundle of small regexes --------------------------------------------------------

_BUNDLE_MAGIC = b"HRB1"
BUNDLE_MAX = 2000  # entries: past it, only those of the last start are kept


def _load_bundle(path: Path) -> dict[tuple[str, int], tuple[dict, array]]:
    """(pattern, flags) -> (header, engine code) of each entry; {} for a missing, damaged
    or foreign file."""
    try:
        data = path.read_bytes()
        magic, crc, hlen = _HEAD.unpack_from(data)
        rest = memoryview(data)[_HEAD.size:]
        if magic != _BUNDLE_MAGIC or zlib.crc32(rest) != crc or hlen > len(rest):
            return {}
        heads = json.loads(bytes(rest[:hlen]))
        code = array("I")
        code.frombytes(rest[hlen:])
        out: dict[tuple[str, int], tuple[dict, array]] = {}
        at = 0
        for h in heads:
            out[(h["pattern"], h["asked"])] = (h, code[at:at + h["n"]])
            at += h["n"]
        return out if at == len(code) else {}
    except Exception:  # noqa: BLE001 - whatever is wrong with it, it is not used
        return {}


def _write_bundle(path: Path, entries: dict[tuple[str, int], tuple[dict, array]]) -> None:
    heads, body = [], array("I")
    for (pattern, asked), (h, code) in entries.items():
        heads.append({**h, "pattern": pattern, "asked": asked, "n": len(code)})
        body.extend(code)
    head = json.dumps(heads).encode("utf-8", "surrogatepass")
    rest = head + body.tobytes()
    _write(path, _HEAD.pack(_BUNDLE_MAGIC, zlib.crc32(rest), len(head)) + rest)


@contextlib.contextmanager
def cached_compiles(name: str):
    """While active, ``re.compile(pattern, flags)`` called from a hoptac module (by its
    ``__name__``) reads the engine's code from the bundle ``name`` instead of compiling;
    a pattern the bundle does not hold is compiled as ``re.compile`` does and the bundle
    is written again when the block ends. Anything else (bytes, a compiled pattern,
    another package's call, an engine that refuses the code) goes to ``re.compile``.
    Meant for imports (the main thread); the patterns are equal to re.compile's."""
    folder = cache_dir()
    if folder is None or re.compile is not _ORIGINAL_COMPILE:
        yield
        return
    import _sre

    path = folder / f"bundle-{name}.rxb"
    entries = _load_bundle(path)
    used: dict[tuple[str, int], tuple[dict, array]] = {}
    added = [False]

    def compile_from_bundle(pattern, flags=0):  # re.compile's signature
        caller = sys._getframe(1).f_globals.get("__name__", "")
        if not isinstance(pattern, str) or not caller.startswith(_PACKAGE):
            return _ORIGINAL_COMPILE(pattern, flags)
        try:
            key = (pattern, int(flags))
            found = entries.get(key)
            if found is not None:
                h, code = found
                compiled = _sre.compile(pattern, h["flags"], code.tolist(), h["groups"],
                                        {k: int(v) for k, v in h["groupindex"].items()}, tuple(h["indexgroup"]))
            else:
                compiled, code_list, h = _engine_code(pattern, int(flags))
                found = (h, array("I", code_list))
                added[0] = True
            used[key] = found
            return compiled
        except Exception:  # noqa: BLE001 - a bad pattern raises as re.compile raises it
            return _ORIGINAL_COMPILE(pattern, flags)

    re.compile = compile_from_bundle  # type: ignore[assignment]
    try:
        yield
    finally:
        re.compile = _ORIGINAL_COMPILE  # type: ignore[assignment]
        if added[0]:
            keep = dict(entries) if len(entries) + len(used) <= BUNDLE_MAX else {}
            keep.update(used)
            with contextlib.suppress(Exception):
                _write_bundle(path, keep)


_ORIGINAL_COMPILE = re.compile
_PACKAGE = __name__.rsplit(".", 2)[0] + "."  # "hoptac."
