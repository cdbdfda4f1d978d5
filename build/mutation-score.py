"""Summarises one folder's Stryker JSON report: survivors and uncovered lines per file, the mutants marked
equivalent (Ignored, with the reason from their `// Stryker disable` comment), and a last line of tab-separated
figures: folder, commit, suites, killed, survived, not covered, score, seconds."""
import json
from collections import Counter
import sys

report, folder, commit, suites, seconds = sys.argv[1:6]
files = json.load(open(report, encoding="utf-8"))["files"]
killed = survived = uncovered = 0
for path, f in sorted(files.items()):
    name = path.split("NetCfg.Core/")[-1]
    mutants = f["mutants"]
    fk = sum(m["status"] in ("Killed", "Timeout") for m in mutants)
    fs = [m for m in mutants if m["status"] == "Survived"]
    fn = [m for m in mutants if m["status"] == "NoCoverage"]
    killed, survived, uncovered = killed + fk, survived + len(fs), uncovered + len(fn)
    for label, group in (("survived", fs), ("not covered", fn)):
        if group:
            lines = sorted({m["location"]["start"]["line"] for m in group})
            print(f"  {name}: {len(group)} {label} (lines {', '.join(map(str, lines))})")
    marked = Counter((m["location"]["start"]["line"], m.get("statusReason", "")) for m in mutants
                     if m["status"] == "Ignored" and not m.get("statusReason", "").startswith("Removed by"))
    for (line, reason), count in sorted(marked.items()):
        print(f"  {name}:{line} {count} marked equivalent: {reason}")
total = killed + survived + uncovered
score = f"{100 * killed / total:.1f}%" if total else "n/a"
print(f"{folder}: {score} ({killed} killed, {survived} survived, {uncovered} not covered)")
print("\t".join([folder, commit[:10], suites, str(killed), str(survived), str(uncovered), score, seconds]))
