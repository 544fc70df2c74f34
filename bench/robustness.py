"""Does anything a user feeds hoptac crash it? A rerunnable check.

    python -m bench.robustness [--n N] [--seed S] [--keep]

Round 1: N random byte strings through ``decode`` and ``process_bytes`` (pure random
bytes, seed articles mutated byte by byte, truncated, re-encoded as UTF-16,
Windows-1258, TCVN3, VNI, mangled UTF-8). Only ``DecodeError`` may leave
``decode``; nothing may leave ``process_bytes`` and no result may be an
"internal error".

Round 2: N random Unicode strings (random code points, and Vietnamese-like text from
real fragments, NFC and NFD) through ``process_bytes``.

Round 3: the legacy encodings: every seed article written in TCVN3 and VNI, as raw
bytes and as UTF-8 made from a Windows-1252 reading, must come back as the seed
(TCVN3: up to the case of capitals with tone marks, which it cannot write).

Round 4: a folder of bad files (empty, binary, too large, unreadable, link loops, a
FIFO, odd names, legacy encodings …) through the real command line,
``hoptac ingest``, in a subprocess with a time limit: what each file was reported
as, and the exit code.

Then the fault rounds: kill -9 during writes, two writers at once (bench/faults.py), and
kills by SIGKILL, SIGTERM, SIGHUP and SIGINT during ``hoptac ingest`` and ``hoptac export``,
counted as: the store opens, no process and no temp file is left (bench/kills.py; alone:
``python -m bench.kills``).

It prints counts and exits 1 if any round found an exception, a hang or a wrong
answer.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
import traceback
import unicodedata
from pathlib import Path

from hoptac.core.extract import legacy
from hoptac.core.ingest import MAX_BYTES, process_bytes
from hoptac.core.library import seed_paths
from hoptac.core.extract.decode import DecodeError, decode
from hoptac.core.text import clean

FRAGMENTS = [
    "Hội nghị", "hợp tác", "ký kết", "giữa", "tỉnh", "thành phố", "huyện", "Lào Cai", "Yên Bái",
    "Đắk Lắk", "Bà Rịa - Vũng Tàu", "Viêng Chăn", "ngày 8/3", "8/3/2019", "tháng 11 năm 2018",
    "(08:10 09/03/2024)", "Tin khác", "image banner", "1.JPG", "(", ")", "[", "]", "{", "}", "\n",
    "\n\n", "\t", "\r\n", "\x00", "\x1b[2J", "\u202e", "\ufeff", "\ufffd", "“", "”", "–", "…",
]


class Tally:
    def __init__(self, name: str) -> None:
        self.name, self.inputs, self.exceptions, self.examples = name, 0, 0, []

    def fail(self, what: str) -> None:
        self.exceptions += 1
        if len(self.examples) < 5:
            self.examples.append(what)

    def report(self) -> str:
        line = f"{self.name}: {self.inputs} inputs, {self.exceptions} exceptions"
        return "\n".join([line] + [f"    {e}" for e in self.examples])


def random_bytes(rng: random.Random, seeds: list[bytes]) -> bytes:
    kind = rng.randrange(7)
    if kind == 0:
        return rng.randbytes(rng.randrange(0, 4000))
    base = rng.choice(seeds)
    if kind == 1:  # mutated bytes
        b = bytearray(base)
        for _ in range(rng.randrange(1, 50)):
            b[rng.randrange(len(b))] = rng.randrange(256)
        return bytes(b)
    if kind == 2:  # truncated in the middle of a character
        return base[: rng.randrange(len(base))]
    text = clean(base.decode("utf-8"))
    if kind == 3:
        return text.encode(rng.choice(["utf-16", "utf-16-le", "utf-8-sig", "cp1258"]), errors="replace")
    if kind == 4:
        return legacy.to_tcvn3(_encodable(text))
    if kind == 5:
        return legacy.to_vni(_encodable(text)).decode("cp1252").encode("utf-8")
    return text.encode("utf-8").decode("latin-1").encode("utf-8")  # UTF-8 mangled once


def _encodable(text: str) -> str:
    return "".join(c for c in text if _ok(c))


def _ok(c: str) -> bool:
    try:
        legacy.to_tcvn3(c), legacy.to_vni(c)
    except ValueError:
        return False
    return True


def random_text(rng: random.Random) -> str:
    if rng.random() < 0.5:
        n = rng.randrange(0, 2000)
        return "".join(chr(rng.choice([rng.randrange(0x20, 0x7F), rng.randrange(0, 0x300),
                                       rng.randrange(0x1E00, 0x1F00), rng.randrange(0, 0x110000)]))
                       for _ in range(n))
    parts = [rng.choice(FRAGMENTS) if rng.random() < 0.8 else str(rng.randrange(3000)) for _ in range(rng.randrange(1, 200))]
    text = " ".join(parts)
    return unicodedata.normalize(rng.choice(["NFC", "NFD"]), text)


def round_bytes(n: int, rng: random.Random, seeds: list[bytes]) -> Tally:
    t = Tally("random bytes → decode, process_bytes")
    for _ in range(n):
        data = random_bytes(rng, seeds)
        t.inputs += 1
        try:
            decode(data)
        except DecodeError:
            pass
        except Exception as exc:  # noqa: BLE001 — counting them is the point
            t.fail(f"decode: {type(exc).__name__}: {exc} on {data[:40]!r}")
        _process(t, data)
    return t


def round_text(n: int, rng: random.Random) -> Tally:
    t = Tally("random Unicode → process_bytes")
    for _ in range(n):
        text = random_text(rng)
        t.inputs += 1
        _process(t, text.encode("utf-8", errors="surrogatepass"))
    return t


def _process(t: Tally, data: bytes) -> None:
    try:
        fr = process_bytes(data, "random.txt")
    except Exception:  # noqa: BLE001
        t.fail("process_bytes raised: " + traceback.format_exc(limit=2).replace("\n", " | "))
        return
    if (fr.item is None) == (fr.error is None) or (fr.error or "").startswith("internal error"):
        t.fail(f"process_bytes: item={fr.item is not None} error={fr.error!r} on {data[:40]!r}")


def round_legacy(seeds: list[bytes]) -> Tally:
    t = Tally("legacy round trips (seeds × TCVN3/VNI × raw/UTF-8)")
    for data in seeds:
        text = _encodable(clean(data.decode("utf-8")))
        for name, enc in (("TCVN3", legacy.to_tcvn3), ("VNI", legacy.to_vni)):
            raw = enc(text)
            for how, blob in (("raw", raw), ("utf8", raw.decode("cp1252").encode("utf-8"))):
                t.inputs += 1
                try:
                    out = decode(blob)
                except Exception as exc:  # noqa: BLE001
                    t.fail(f"{name}/{how}: {type(exc).__name__}: {exc}")
                    continue
                same = out == text if name == "VNI" else out.lower() == text.lower()
                if not same:
                    t.fail(f"{name}/{how}: converted text differs from the seed")
        t.inputs += 1
        if decode(data) != clean(data.decode("utf-8")):
            t.fail("a Unicode seed was changed by decode")
    return t


def make_bad_folder(root: Path, seed: str) -> dict[str, str]:
    """Bad (and a few good) files; returns {name: what it is}."""
    d = root / "bad inputs"
    d.mkdir(parents=True)
    made: dict[str, str] = {}

    def put(name: str, data: bytes, what: str) -> Path:
        p = d / name
        p.write_bytes(data)
        made[name] = what
        return p

    put("good.txt", seed.encode(), "a seed article")
    put("empty.txt", b"", "empty")
    put("blank.txt", b" \r\n\t\n", "only white space")
    put("binary.txt", bytes(range(256)) * 16, "binary")
    put("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(500), "a PNG")
    put("shift_jis.txt", "日本の新聞記事です。".encode("shift_jis") * 50, "Shift-JIS Japanese")
    put("utf16-no-bom.txt", seed.encode("utf-16-le"), "UTF-16 without a byte-order mark")
    put("no date.txt", "Mọi người đi dạo trong công viên.\n".encode(), "no date, no locality")
    put("tcvn3.txt", legacy.to_tcvn3(_encodable(seed) + "\nTCVN3."), "the seed in TCVN3")
    put("vni-as-utf8.txt", legacy.to_vni(_encodable(seed) + "\nVNI.").decode("cp1252").encode(), "the seed in VNI, saved as UTF-8")
    half = _encodable(seed).splitlines()
    put("half tcvn3 half vni.txt", legacy.to_tcvn3("\n".join(half[: len(half) // 2])) + b"\n"
        + legacy.to_vni("\n".join(half[len(half) // 2:])), "half TCVN3, half VNI")
    put("mojibake.txt", seed.encode().decode("latin-1").encode(), "UTF-8 mangled through Latin-1")
    put("cp1258.txt", _cp1258(seed + "\nWindows-1258."), "the seed in Windows-1258, tone marks combining")
    with open(d / "too large.txt", "wb") as fh:  # sparse: costs no disk
        fh.truncate(MAX_BYTES + 1)
    made["too large.txt"] = f"{MAX_BYTES + 1:,} bytes"
    locked = put("locked.txt", seed.encode() + b"\nlocked", "chmod 000")
    locked.chmod(0)
    if os.access(locked, os.R_OK):
        made["locked.txt"] += " (running as root: chmod does not stop reading)"
    (d / "loop").symlink_to(d)
    made["loop"] = "a link to its own folder (not followed)"
    (d / "x.txt").symlink_to(d / "y.txt")
    (d / "y.txt").symlink_to(d / "x.txt")
    made["x.txt"] = made["y.txt"] = "links in a loop"
    (d / "dangling.txt").symlink_to(d / "nowhere.txt")
    made["dangling.txt"] = "a broken link"
    os.mkfifo(d / "pipe.txt")
    made["pipe.txt"] = "a FIFO (reading it would block)"
    sub = d / "thư mục có dấu"
    sub.mkdir()
    put("thư mục có dấu/bài viết số 1.txt", (seed + "\nsố 1").encode(), "spaces and accents in the path")
    odd = os.fsdecode(b"not-utf8-\xff.txt")
    put(odd, (seed + "\nodd").encode(), "a file name that is not UTF-8")
    return made


_MOJIBAKE = ("Ã", "á»", "áº", "Æ°", "¸", "µ", "®\u00ad", "ñöôïc", "cuûa", "vaø")


def _stored_text_check(db: Path) -> list[str]:
    """What the stored articles look like: legacy files must be Unicode now."""
    from hoptac.core.store.segments import Store

    out = []
    for art in sorted(Store(db).articles(), key=lambda a: a["source"]):
        name = Path(art["source"]).name
        marks = [m for m in _MOJIBAKE if m in art["text"]]
        if marks:
            out.append(f"stored text of {name} still has mojibake marks {marks}")
        elif any(k in name for k in ("tcvn3", "vni", "cp1258")):
            ok = "hợp tác" in art["text"]
            out.append(f"stored text of {name}: Unicode Vietnamese ({'“hợp tác” found' if ok else '“hợp tác” MISSING'})")
    return out


def _cp1258(s: str) -> bytes:
    out = bytearray()
    for ch in unicodedata.normalize("NFC", s):
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out += (base + tones).encode("cp1258", errors="replace")
    return bytes(out)


def round_bad_files(root: Path, seed: str, timeout: float) -> tuple[bool, list[str]]:
    made = make_bad_folder(root, seed)
    folder = root / "bad inputs"
    db = root / "db.json"
    env = dict(os.environ, COLUMNS="1000")
    t0 = time.perf_counter()
    try:
        proc = subprocess.run([sys.executable, "-m", "hoptac.tui.cli", "ingest", "--db", str(db), str(folder)],
                              capture_output=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return False, [f"hoptac ingest did not finish within {timeout:.0f} s (a hang)"]
    finally:
        (folder / "locked.txt").chmod(0o644)
    secs = time.perf_counter() - t0
    err = proc.stderr.decode("utf-8", "backslashreplace")
    reported: dict[str, list[str]] = {}
    for line in err.splitlines():
        for tag in ("failed  ", "warning "):
            if line.startswith(tag):
                rest = line[len(tag):]
                path, sep, reason = rest.partition(": ")
                name = os.path.relpath(path, folder) if sep else rest
                reported.setdefault(name, []).append(f"{tag.strip()}: {reason}")
    lines = [f"{'file':34} {'what it is':58} reported as"]
    for name, what in sorted(made.items()):
        shown = os.fsencode(name).decode("utf-8", "backslashreplace")
        default = "stored, no warning" if name.lower().endswith(".txt") else "not read (not a *.txt file)"
        got = "; ".join(reported.pop(shown, [])) or default
        lines.append(f"{shown:34} {what[:58]:58} {got}")
    for name, got in sorted(reported.items()):
        lines.append(f"{name:34} {'(not made here)':58} {'; '.join(got)}")
    lines += _stored_text_check(db)
    summary = err.strip().splitlines()[-1] if err.strip() else "(no summary)"
    lines.append(f"exit code {proc.returncode} in {secs:.1f} s; {summary}")
    crashed = proc.returncode not in (0, 1) or "Traceback" in err
    if crashed:
        lines.append("CRASH:\n" + err[-3000:])
    return not crashed and proc.returncode == 1, lines


# --- fault rounds ------------------------------------------------------------------------------------
# kill -9 at random moments of a write, and two writers at once (bench/faults.py); each
# returns (ok, lines) like round_bad_files.
from .faults import round_kills, round_writers  # noqa: E402
# damage to every file of a store, and a full disk (bench/store_damage.py)
from .store_damage import round_damage, round_full_disk  # noqa: E402

LATER_ROUNDS: list = [round_kills, round_writers, round_damage, round_full_disk]

# SIGKILL, SIGTERM, SIGHUP and SIGINT during the real `hoptac ingest` and `hoptac export`:
# store opens, no process and no temp file left behind (bench/kills.py)
from .kills import round_signals  # noqa: E402

LATER_ROUNDS.append(round_signals)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000, help="random inputs per round (default 2000)")
    ap.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds allowed for the bad-files ingest")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder and print where it is")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    seeds = [p.read_bytes() for p in seed_paths()]
    ok = True
    t0 = time.perf_counter()
    for tally in (round_bytes(args.n, rng, seeds), round_text(args.n, rng), round_legacy(seeds)):
        print(tally.report())
        ok &= tally.exceptions == 0
    print(f"(rounds 1–3: {time.perf_counter() - t0:.1f} s, seed {args.seed})\n")
    tmp = tempfile.mkdtemp(prefix="hoptac-robustness-")
    print("bad files → hoptac ingest:")
    good, lines = round_bad_files(Path(tmp), clean(seeds[0].decode("utf-8")), args.timeout)
    print("\n".join("  " + ln for ln in lines))
    ok &= good
    for later in LATER_ROUNDS:
        good, lines = later(Path(tmp))
        print("\n".join("  " + ln for ln in lines))
        ok &= good
    if args.keep:
        print(f"\nkept: {tmp}")
    else:
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)
    print("\nresult:", "no exceptions, no hangs" if ok else "PROBLEMS FOUND (see above)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
