#!/usr/bin/env python3
"""check_timeml.py — `format=timeml` output is well-formed TimeML that a TimeML reader takes back.

For every gold article of tests/golden/participants (German and English, our own writing), with
its reference date and once without one, it asks `chronik analyze --jsonl` (one process per
language) for the TimeML answer and the JSON one, and checks:
  - the document parses as XML (xml.etree), the root is <TimeML>, there is one <TEXT>;
  - a <DCT> with one DATE TIMEX3 is there exactly when a reference date was given;
  - the character content of <TEXT> is the analyzed text, unchanged (no character lost or added
    by the markup);
  - every TIMEX3 has a unique tid, a TimeML type and a non-empty value; every anchorTimeID names
    a tid of the document; EVENT eids are unique; tags do not nest inside one another;
  - tools/eval_timex, our TempEval-3-style reader and scorer, reads the files back as gold and
    finds exactly what chronik finds on the same texts (strict, value and type F1 all 100).
usage: check_timeml.py CHRONIK EVAL_TIMEX RESOURCES GOLD_DIR
Exit status 0 when all hold, 1 with one line per problem on standard error."""
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

TYPES = {"DATE", "TIME", "DURATION", "SET"}


def analyze_batch(chronik, resources, requests):
    """Answers of `chronik analyze --jsonl` for request objects, in order (one process)."""
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in requests)
    r = subprocess.run([chronik, "analyze", "--jsonl", "--resources", resources, "-"],
                       input=lines.encode(), capture_output=True, check=False)
    if r.returncode != 0:
        raise RuntimeError(f"chronik exited {r.returncode}: {r.stderr.decode()[:200]}")
    out = [json.loads(ln) for ln in r.stdout.decode().splitlines()]
    if len(out) != len(requests):
        raise RuntimeError(f"{len(out)} answers to {len(requests)} requests")
    return out


def check_doc(name, xml_text, expected_text, has_dct, problems):
    try:
        root = ET.fromstring(xml_text)
    except ET.ParseError as e:
        problems.append(f"{name}: not well-formed XML: {e}")
        return
    if root.tag != "TimeML":
        problems.append(f"{name}: root element is <{root.tag}>, not <TimeML>")
    texts = root.findall("TEXT")
    if len(texts) != 1:
        problems.append(f"{name}: {len(texts)} <TEXT> elements")
        return
    dct = root.findall("DCT")
    if has_dct != (len(dct) == 1):
        problems.append(f"{name}: {len(dct)} <DCT> with reference date {has_dct}")
    if dct and [t.get("type") for t in dct[0].findall("TIMEX3")] != ["DATE"]:
        problems.append(f"{name}: the DCT is not one DATE TIMEX3")
    body = "".join(texts[0].itertext())
    if body != expected_text:
        at = next((i for i, (a, b) in enumerate(zip(body, expected_text)) if a != b),
                  min(len(body), len(expected_text)))
        problems.append(f"{name}: <TEXT> content differs from the analyzed text at {at}: "
                        f"{body[at:at + 30]!r} vs {expected_text[at:at + 30]!r}")
    tids, eids = set(), set()
    timexes = root.iter("TIMEX3")
    for t in timexes:
        tid = t.get("tid")
        if not tid or tid in tids:
            problems.append(f"{name}: missing or repeated tid {tid!r}")
        tids.add(tid)
        if t.get("type") not in TYPES:
            problems.append(f"{name}: {tid}: type {t.get('type')!r}")
        if not t.get("value"):
            problems.append(f"{name}: {tid}: empty value")
        if len(t):
            problems.append(f"{name}: {tid}: an element inside a TIMEX3")
    for t in root.iter("TIMEX3"):
        a = t.get("anchorTimeID")
        if a is not None and a not in tids:
            problems.append(f"{name}: {t.get('tid')}: anchorTimeID {a} names no TIMEX3")
    for e in root.iter("EVENT"):
        eid = e.get("eid")
        if not eid or eid in eids:
            problems.append(f"{name}: missing or repeated eid {eid!r}")
        eids.add(eid)
        if len(e):
            problems.append(f"{name}: {eid}: an element inside an EVENT")


def main():
    if len(sys.argv) != 5:
        print(__doc__.splitlines()[-2], file=sys.stderr)
        return 2
    chronik, eval_timex, resources, gold = sys.argv[1:]
    problems = []
    ndocs = 0
    with tempfile.TemporaryDirectory(prefix="chronik_timeml_") as tmp:
        for lang in ("de", "en"):
            out_dir = os.path.join(tmp, lang)
            os.makedirs(out_dir)
            docs, requests = [], []
            for fn in sorted(os.listdir(gold)):
                if not fn.startswith(lang + "-") or not fn.endswith(".json"):
                    continue
                with open(os.path.join(gold, fn), encoding="utf-8") as f:
                    doc = json.load(f)
                for ref in (doc.get("reference_date"), None):
                    docs.append((fn, ref, doc["text"]))
                    for fmt in ("chronik", "timeml"):
                        req = {"text": doc["text"], "language": lang, "format": fmt}
                        if ref:
                            req["reference_date"] = ref
                        requests.append(req)
            try:
                answers = analyze_batch(chronik, resources, requests)
            except (RuntimeError, ValueError) as e:
                problems.append(f"{lang}: {e}")
                continue
            for i, (fn, ref, text) in enumerate(docs):
                name = f"{fn} ({'reference date' if ref else 'none'})"
                analyzed, xml_text = answers[2 * i], answers[2 * i + 1]
                if not isinstance(xml_text, str) or "status" in analyzed:
                    problems.append(f"{name}: no TimeML answer: {str(xml_text)[:200]}")
                    continue
                expected = analyzed.get("document", {}).get("text", text)
                check_doc(name, xml_text, expected, bool(ref), problems)
                ndocs += 1
                if ref:
                    with open(os.path.join(out_dir, fn[:-5] + ".tml"), "w",
                              encoding="utf-8") as f:
                        f.write(xml_text)
            r = subprocess.run([eval_timex, "--resources", resources, "--lang", lang,
                                "--min-relaxed", "100", "--min-value", "100", "--data", tmp,
                                lang], capture_output=True, text=True, check=False)
            lines = r.stdout.splitlines()
            strict = next((ln for ln in lines if ln.startswith("strict")), "")
            typ = next((ln for ln in lines if ln.startswith("type")), "")
            if r.returncode != 0 or not strict.rstrip().endswith("100.0") or \
                    "F1 100.0" not in typ:
                problems.append(f"eval_timex on the {lang} TimeML files (exit {r.returncode}): "
                                + " | ".join(lines[-5:]) + r.stderr[-200:])
    for p in problems:
        print(p, file=sys.stderr)
    print(f"{ndocs} TimeML documents checked, {len(problems)} problems")
    return 1 if problems or ndocs == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
