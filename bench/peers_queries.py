"""The queries of ``bench.peers``: each in hoptac's words, sqlite3's, DuckDB's and jq's.

The peers are given the names as stored (accents and all); hoptac is given what a user
types (folded). sqlite3 has an indexed table of the events, one of their parties'
provinces and an FTS5 table of their text (title, snippet, place, names: what hoptac
searches in an event; hoptac searches the article's body too); DuckDB one table with the
provinces as a list and the same text.
"""

from __future__ import annotations

__all__ = ["A", "B", "SEARCH", "SEARCH_ACCENTED", "QUERIES", "SQLITE_SQL", "DUCK_SQL", "JQ", "SQLITE_CHILD",
           "DUCK_CHILD"]

A, B = "Lào Cai", "Yên Bái"      # what the peers are given: the stored names, accents and all
SEARCH = "ky ket"                  # what hoptac is given: folded, as a user types it
SEARCH_ACCENTED = "ký kết"

# name: (hoptac arguments, what the answer is)
QUERIES: dict[str, tuple[list[str], str]] = {
    "pair": (["events", "--pair", "lao cai,yen bai", "--jsonl"], "records"),
    "province": (["events", "--province", "lao cai", "--jsonl"], "records"),
    "type": (["events", "--type", "signing", "--jsonl"], "records"),
    "search": (["events", "--search", SEARCH, "--jsonl"], "records"),
    "pairs": (["pairs", "--json"], "pairs"),
    "partners": (["partners", "lao cai", "--json"], "partners"),
}

SQLITE_SQL = {
    "pair": ("SELECT json FROM events WHERE rank IN (SELECT rank FROM parties WHERE province = ? INTERSECT "
             "SELECT rank FROM parties WHERE province = ?) ORDER BY rank", (A, B)),
    "province": ("SELECT json FROM events WHERE rank IN (SELECT rank FROM parties WHERE province = ?) ORDER BY rank",
                 (A,)),
    "type": ("SELECT json FROM events WHERE type = ? ORDER BY rank", ("signing",)),
    "search": ("SELECT json FROM events WHERE rank IN (SELECT rowid FROM fts WHERE fts MATCH ?) ORDER BY rank",
               (f'"{SEARCH}"',)),
    "pairs": ("SELECT coalesce(pair_a, ''), coalesce(pair_b, ''), count(*) FROM events GROUP BY pair_a, pair_b", ()),
    "partners": ("SELECT q.province, count(DISTINCT q.rank) FROM parties p JOIN parties q ON p.rank = q.rank "
                 "WHERE p.province = ? AND q.province <> ? AND q.province <> '' GROUP BY q.province", (A, A)),
}

DUCK_SQL = {
    "pair": ("SELECT json FROM events WHERE list_contains(provinces, ?) AND list_contains(provinces, ?) ORDER BY rank",
             (A, B)),
    "province": ("SELECT json FROM events WHERE list_contains(provinces, ?) ORDER BY rank", (A,)),
    "type": ("SELECT json FROM events WHERE type = ? ORDER BY rank", ("signing",)),
    "search": ("SELECT json FROM events WHERE strip_accents(lower(text)) LIKE ? ORDER BY rank", (f"%{SEARCH}%",)),
    "pairs": ("SELECT coalesce(pa, ''), coalesce(pb, ''), count(*) FROM events GROUP BY pa, pb", ()),
    "partners": ("SELECT p, count(DISTINCT rank) FROM (SELECT rank, unnest(provinces) AS p FROM events "
                 "WHERE list_contains(provinces, ?)) WHERE p <> ? AND p <> '' GROUP BY p", (A, A)),
}

_TEXT = '([.title, .snippet, .location] + [.parties[]?.name] + [.people[]?.name] | map(. // "") | join(" "))'
JQ = {
    "pair": ["-c", f'select(any(.parties[]?; .province == "{A}") and any(.parties[]?; .province == "{B}"))'],
    "province": ["-c", f'select(any(.parties[]?; .province == "{A}"))'],
    "type": ["-c", 'select(.type == "signing")'],
    "search": ["-c", f'select({_TEXT} | ascii_downcase | contains("{SEARCH_ACCENTED}"))'],
    "pairs": ["-n", "-c", 'reduce (inputs | (.pair // []) | join("\\t")) as $k ({}; .[$k] += 1)'],
    "partners": ["-n", "-c", f'reduce (inputs | select(any(.parties[]?; .province == "{A}")) | '
                             f'[.parties[]?.province | select(. != "{A}" and . != null and . != "")] | unique[]) '
                             'as $k ({}; .[$k] += 1)'],
}

# run in a fresh `python -c`: argv = database, query name, SQL, JSON parameters
SQLITE_CHILD = """
import sqlite3, sys, json
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
out = sys.stdout
rows = db.execute(sys.argv[3], json.loads(sys.argv[4]))
if sys.argv[2] in ("pairs", "partners"):
    out.writelines("\\t".join(map(str, r)) + "\\n" for r in rows)
else:
    out.writelines(r[0] + "\\n" for r in rows)
"""
DUCK_CHILD = SQLITE_CHILD.replace("import sqlite3, sys, json", "import duckdb, sys, json").replace(
    'db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)',
    "db = duckdb.connect(sys.argv[1], read_only=True); db.execute('SET enable_progress_bar = false')").replace(
    "rows = db.execute(sys.argv[3], json.loads(sys.argv[4]))",
    "rows = db.execute(sys.argv[3], json.loads(sys.argv[4])).fetchall()")
