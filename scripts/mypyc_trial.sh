#!/usr/bin/env bash
# A copy of the committed tree with the extraction modules compiled by mypyc, for measuring
# only (docs/performance.md, "Extraction compiled with mypyc"); the package's build does not
# use it. Needs mypy (`pip install mypy`: mypyc ships in it), gcc and Python's headers.
#
#   bash scripts/mypyc_trial.sh DIR [PYTHON]     # DIR/hoptac: the copy; then, from the repo:
#   PYTHONPATH=DIR python -m bench.extract       # (and bench.same_output, pytest, callgrind)
#
# MYPYC_OPT_LEVEL=0 builds in less time (checks, not timings). MYPYC_ONLY="core/a.py core/b.py"
# compiles only those (paths in the repository; round 35: the whole list makes a 126 MB C file,
# more than half an hour of gcc on a shared machine). Modules left in Python:
# core/messages.py (a class derived from str: not a native class) and
# core/extract/date_compile.py (mypyc stops with an internal error on it; it runs at import).
set -euo pipefail
dir=${1:?usage: mypyc_trial.sh DIR [PYTHON]}
py=${2:-.venv/bin/python}
repo=$(cd "$(dirname "$0")/.." && pwd)
py=$(cd "$repo" && cd "$(dirname "$py")" && pwd)/$(basename "$py")   # the venv's, not its target
rm -rf "$dir/hoptac" "$dir/build"
mkdir -p "$dir"
git -C "$repo" archive HEAD --prefix=hoptac/ | tar -x -C "$dir"
cd "$dir"
# mypy cannot see most of the code's Optional narrowing ("m.group()" after "if m"): left as
# they are, these compile to generic operations or checked casts (a TypeError, never
# another answer, if one were wrong). The 'assignment' check stays on (round 35): a name reused with
# another type is a TypeError compiled (year_cues' 'since' failed 400 of 2,264 pages)
cat > mypyc-trial.ini <<'EOF'
[mypy]
ignore_missing_imports = True
follow_imports = silent
disable_error_code = arg-type,call-overload,index,misc,operator,union-attr
EOF
if [ -n "${MYPYC_ONLY:-}" ]; then
  mods=$(for m in $MYPYC_ONLY; do echo "hoptac/$m"; done)
else
mods=$(ls hoptac/core/extract/*.py hoptac/core/places*.py hoptac/core/place_*.py \
          hoptac/core/scan.py hoptac/core/text.py hoptac/core/capitals.py |
       grep -v -e '/__init__\.py$' -e '/date_compile\.py$')
fi
# shellcheck disable=SC2086
"$py" -m mypyc --config-file mypyc-trial.ini $mods >build.log 2>&1 || { tail -30 build.log; exit 1; }
echo "compiled: $(find hoptac -name '*.so' | wc -l) modules in $dir/hoptac (log: $dir/build.log)"
