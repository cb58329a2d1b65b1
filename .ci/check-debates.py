#!/usr/bin/env python3
"""The debate checker of the debate issue, over every corpus article (plain articles and the
`article` of every case) with the built-in scenario:
  - every debate exits 0 with one take per seat, >= 1 rebuttal round and a verdict;
  - ../shared/tools/check-show.py passes on every transcript (grounding, visible citations,
    distinct headlines, real rebuttal targets, no repeated sentence);
  - concedes is true exactly where the two stances before the round are within the
    rebutter's confidence radius;
  - a seat's headline shape (figures and capitalised names masked) repeats on at most a
    third of the articles; the most bullish seat is not the same on every article;
  - the same article, scenario and seed give byte-identical JSON, also with 8 at once.
Prints figures and a 'N passed, N failed' line; exits 1 on any failure."""
import collections, glob, json, os, re, subprocess, sys, tempfile
from concurrent.futures import ThreadPoolExecutor

binary, shared = sys.argv[1], sys.argv[2]
corpus = os.path.join(shared, "corpus")
tmp = tempfile.mkdtemp()
inputs = sorted(glob.glob(os.path.join(corpus, "articles", "*.txt")))
for case in sorted(glob.glob(os.path.join(corpus, "cases", "*.json"))):
    path = os.path.join(tmp, os.path.basename(case)[:-5] + ".txt")
    with open(path, "w", encoding="utf-8") as out:
        out.write(json.load(open(case, encoding="utf-8"))["article"])
    inputs.append(path)

failures = []
def fail(msg):
    failures.append(msg)
    print("FAIL " + msg)

def debate(path):
    return subprocess.run([binary, "debate", path, "--format", "json"], capture_output=True)

transcripts = {}
for path in inputs:
    run = debate(path)
    name = os.path.basename(path)[:-4]
    if run.returncode != 0:
        fail(f"{name}: exit {run.returncode}: {run.stderr.decode(errors='replace').strip()}")
        continue
    out = os.path.join(tmp, name + ".json")
    open(out, "wb").write(run.stdout)
    transcripts[name] = (out, run.stdout, json.loads(run.stdout))

referee = subprocess.run([sys.executable, os.path.join(shared, "tools", "check-show.py")] + [v[0] for v in transcripts.values()],
                         capture_output=True, text=True)
print(referee.stdout.strip().splitlines()[-1] if referee.stdout.strip() else "check-show printed nothing")
if referee.returncode != 0:
    for line in referee.stdout.splitlines():
        if not line.endswith(": ok"):
            print("  " + line)
    fail("check-show.py found problems")

def mask(headline):
    h = re.sub(r"[$€£]?\d[\d.,]*(?:[%BMTxk]|bn)?", "#", headline)
    return re.sub(r"\b[A-Z][A-Za-z&.'’-]*", "N", h)

shapes = collections.defaultdict(collections.Counter)
most_bullish = collections.Counter()
takes = rebuttals = concede_ok = 0
for name, (_, raw, t) in transcripts.items():
    personas = {p["name"]: p for p in t["scenario"]["personas"]}
    rounds = t["rounds"]
    opening = [m for m in rounds[0]["messages"] if m["kind"] == "take"]
    if len(rounds[0]["messages"]) != len(personas):
        fail(f"{name}: {len(rounds[0]['messages'])} opening messages for {len(personas)} seats")
    if len(rounds) < 2:
        fail(f"{name}: no rebuttal round")
    if t["verdict"].get("kind") not in ("consensus", "no_consensus"):
        fail(f"{name}: no verdict")
    takes += len(opening)
    for m in opening:
        shapes[m["speaker"]][mask(m["headline"])] += 1
    x0 = {m["speaker"]: m["stanceBefore"] for m in rounds[0]["messages"]}
    most_bullish[max(x0, key=lambda k: (x0[k], k))] += 1
    for r in rounds[1:]:
        before = {m["speaker"]: m["stanceBefore"] for m in r["messages"]}
        for m in r["messages"]:
            if m["kind"] != "rebuttal":
                continue
            rebuttals += 1
            others = [c for c in m.get("cites", []) if c != m.get("targetFact")]
            facts = {f["id"]: f for f in t["facts"]}
            body = m["headline"] + " " + m["text"]
            def shown(fid):
                f = facts.get(fid, {})
                digits = re.findall(r"\d+(?:[.,]\d+)*", f.get("text", ""))
                if digits:
                    return any(d in body for d in digits)
                return f.get("text", "").lower() in body.lower() or any(
                    re.search(r"\b" + re.escape(w) + r"\b", body) for w in re.findall(r"[A-Z][A-Za-z&.'-]{2,}", f.get("text", "")))
            if not any(shown(c) for c in others):
                fail(f"{name}: {m['id']} answers with no visible fact of its own")
            close = abs(before[m["speaker"]] - before[m["target"]]) <= personas[m["speaker"]]["confidence"] + 1e-9
            if m.get("concedes") != close:
                fail(f"{name}: {m['id']} concedes={m.get('concedes')} but stances are {'within' if close else 'outside'} the radius")
            else:
                concede_ok += 1

n = len(transcripts)
for seat, counter in shapes.items():
    shape, count = counter.most_common(1)[0]
    print(f"headline shape: {seat} repeats its most common shape on {count} of {n} articles")
    if count > n / 3:
        fail(f"{seat}'s headline shape repeats on {count} of {n} articles (> a third): {shape}")
print("most bullish seat at the opening: " + ", ".join(f"{k} {v}" for k, v in most_bullish.most_common()))
if len(most_bullish) < 2:
    fail("the most bullish seat is the same on every article")
verdicts = collections.Counter(t["verdict"]["kind"] + ("/" + t["verdict"]["side"] if t["verdict"].get("side") else "") for _, _, t in transcripts.values())
print("verdicts: " + ", ".join(f"{k} {v}" for k, v in sorted(verdicts.items())))
print(f"takes {takes}, rebuttals {rebuttals}, concessions checked {concede_ok}")

# Determinism: the same input again, and eight at once.
sample = inputs[: min(8, len(inputs))]
with ThreadPoolExecutor(max_workers=8) as pool:
    again = list(pool.map(debate, sample))
for path, run in zip(sample, again):
    name = os.path.basename(path)[:-4]
    if name in transcripts and run.stdout != transcripts[name][1]:
        fail(f"{name}: a second run (8 at once) gave different bytes")
print(f"determinism: {len(sample)} debates re-run 8 at once, byte-identical: {not any('second run' in f for f in failures)}")

print(f"{n - len({f.split(':')[0] for f in failures if ':' in f})} passed, {len({f.split(':')[0] for f in failures if ':' in f}) + sum(1 for f in failures if ':' not in f)} failed")
sys.exit(1 if failures else 0)
