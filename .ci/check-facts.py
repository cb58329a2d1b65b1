#!/usr/bin/env python3
"""Runs `talkshow facts --format json` on every corpus article (plain articles and the
`article` of every case) and checks the contract: exit 0, every fact's text is the bytes
start..end of article.text, every sentence likewise. Prints a line per article and a
'N passed, N failed' summary."""
import glob, json, os, subprocess, sys, tempfile

binary, corpus = sys.argv[1], sys.argv[2]
inputs = sorted(glob.glob(os.path.join(corpus, "articles", "*.txt")))
tmp = tempfile.mkdtemp()
for case in sorted(glob.glob(os.path.join(corpus, "cases", "*.json"))):
    path = os.path.join(tmp, os.path.basename(case)[:-5] + ".txt")
    with open(path, "w", encoding="utf-8") as out:
        out.write(json.load(open(case, encoding="utf-8"))["article"])
    inputs.append(path)
passed = failed = facts = 0
for path in inputs:
    name = os.path.basename(path)
    run = subprocess.run([binary, "facts", path, "--format", "json"], capture_output=True)
    problems = []
    if run.returncode != 0:
        problems.append(f"exit {run.returncode}: {run.stderr.decode(errors='replace').strip()}")
    else:
        sheet = json.loads(run.stdout)
        text = sheet["article"]["text"].encode()
        for f in sheet["facts"]:
            if text[f["start"]:f["end"]].decode() != f["text"]:
                problems.append(f"{f['id']} text is not bytes {f['start']}..{f['end']}")
        for s in sheet["article"]["sentences"]:
            if text[s["start"]:s["end"]].decode() != s["text"]:
                problems.append(f"sentence {s['index']} text is not its range")
        facts += len(sheet["facts"])
    if problems:
        failed += 1
        print(f"FAIL {name}: " + "; ".join(problems[:3]))
    else:
        passed += 1
        print(f"ok   {name}")
print(f"facts: {facts} facts over {len(inputs)} articles")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
