#!/usr/bin/env bash
# The import-observations verb against hostile files (issue 11.9): for each, its exit code, wall time and peak
# memory (max RSS from /usr/bin/time -v). A bounded reader answers each with exit 2 in about a second and well
# under 300 MB. Writes into a throw-away SQLite database; prints a Markdown table.
#   bash bench/hostile-import.sh
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
command -v /usr/bin/time >/dev/null || { apt-get update && apt-get install -y time; } >&2

dotnet build "$ROOT/Hub.Server/Hub.Server.csproj" -c Release -v quiet -nologo >&2
SERVER_DLL="$ROOT/Hub.Server/bin/Release/net10.0/Hub.Server.dll"

python3 - "$WORK" <<'PY'
import sys, zipfile, zlib
work = sys.argv[1]
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
HEADER = '<row r="1"><c r="A1" t="inlineStr"><is><t>站点</t></is></c><c r="B1" t="inlineStr"><is><t>指标代码</t></is></c><c r="C1" t="inlineStr"><is><t>期间</t></is></c><c r="D1" t="inlineStr"><is><t>数值</t></is></c></row>'

def workbook(name, parts):
    with zipfile.ZipFile(f"{work}/{name}", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for part, chunks in parts.items():
            with z.open(part, "w", force_zip64=True) as f:
                for chunk in chunks:
                    f.write(chunk.encode())

def cell_300mb():
    yield f'<worksheet {NS}><sheetData>{HEADER}<row r="2"><c r="A2" t="inlineStr"><is><t>'
    block = "a" * (1 << 20)
    for _ in range(300):
        yield block
    yield '</t></is></c></row></sheetData></worksheet>'

def blank_rows(count):
    yield f'<worksheet {NS}><sheetData>{HEADER}'
    block = "<row/>" * 100_000
    for _ in range(count // 100_000):
        yield block
    yield '</sheetData></worksheet>'

def far_row():
    yield f'<worksheet {NS}><sheetData>{HEADER}<row r="100000000"><c r="A100000000"><v>1</v></c></row></sheetData></worksheet>'

workbook("one-300-MB-cell.xlsx", {"xl/worksheets/sheet1.xml": cell_300mb()})
workbook("100M-blank-rows.xlsx", {"xl/worksheets/sheet1.xml": blank_rows(100_000_000)})
workbook("row-100000000.xlsx", {"xl/worksheets/sheet1.xml": far_row()})
with open(f"{work}/20M-blank-lines.csv", "w") as f:
    f.write("站点,指标代码,期间,数值\n" + "\n" * 19_000_000)
PY

echo "| file | size | exit code | seconds | max RSS MB | message |"
echo "|---|---:|---:|---:|---:|---|"
for file in "$WORK"/*.xlsx "$WORK"/*.csv; do
  set +e
  env Hub__Database__Provider=Sqlite ConnectionStrings__Hub="Data Source=$WORK/hub.db" \
    /usr/bin/time -v -o "$WORK/time.txt" dotnet "$SERVER_DLL" import-observations "$file" >"$WORK/out.txt" 2>"$WORK/err.txt"
  code=$?
  set -e
  seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; printf "%.1f", s}' "$WORK/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$WORK/time.txt")
  size=$(du -h "$file" | cut -f1)
  message=$(grep -v "nothing was stored" "$WORK/err.txt" | grep -v '^\s*$' | grep -v "^info\|^warn\|^      " | head -n 1 | cut -c1-120)
  echo "| $(basename "$file") | $size | $code | $seconds | $rss | ${message//|/\\|} |"
done
