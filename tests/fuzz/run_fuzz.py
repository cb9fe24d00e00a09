#!/usr/bin/env python3
"""Fuzzes one harness for a fixed time: run_fuzz.py HARNESS_BINARY HARNESS SECONDS WORK_DIR

Seeds come from tests/ (the golden fixtures, the bad-input cases, the scan folders, the fuzz regressions), shaped
for the harness: read_tmx and read_xliff take every TMX and XLIFF file (each reader also meets the other's format)
and the XML dictionary xml.dict;
text harnesses take each file as is; read_tsv also gets the fixture pairs zipped line by line into TSV; check gets
each fixture pair as `MODE SOURCE 0x1E TARGET` and as TSV (see check.cpp). libFuzzer grows its corpus in
WORK_DIR/corpus/HARNESS and writes a crasher to WORK_DIR/artifacts/HARNESS/; the exit status is libFuzzer's
(non-zero on a finding). Copy a crasher into tests/fuzz/regressions/HARNESS/ once it is fixed.
"""
import pathlib
import shutil
import subprocess
import sys

TESTS = pathlib.Path(__file__).resolve().parent.parent
MAX_LEN = 16384


XML_HARNESSES = ("read_tmx", "read_xliff")


def files(suffixes):
    roots = [TESTS / "fixtures", TESTS / "bad_input", TESTS / "scan"]
    return sorted(p for root in roots if root.is_dir() for p in root.rglob("*") if p.is_file()
                  and p.suffix in suffixes and p.stat().st_size <= MAX_LEN)


def fixture_pairs():
    for source in sorted((TESTS / "fixtures").rglob("*.uk.txt")):
        target = source.with_name(source.name.replace(".uk.txt", ".en.txt"))
        if target.is_file():
            yield source.read_bytes(), target.read_bytes()


def zipped_tsv(source, target):
    rows = zip(source.splitlines(), target.splitlines())
    return b"".join(s + b"\t" + t + b"\n" for s, t in rows)


def seeds(harness):
    if harness == "check":
        for source, target in fixture_pairs():
            for direction in (0, 2):
                yield bytes([direction]) + source + b"\x1e" + target
                yield bytes([direction | 1]) + zipped_tsv(source, target)
        return
    if harness in XML_HARNESSES:
        for path in files((".tmx", ".xlf", ".xliff")):
            yield path.read_bytes()
        return
    for path in files((".txt", ".tsv")):
        yield path.read_bytes()
    if harness == "read_tsv":
        for source, target in fixture_pairs():
            yield zipped_tsv(source, target)


def main():
    binary, harness, seconds, work = sys.argv[1], sys.argv[2], int(sys.argv[3]), pathlib.Path(sys.argv[4])
    seed_dir = work / "seeds" / harness
    shutil.rmtree(seed_dir, ignore_errors=True)
    seed_dir.mkdir(parents=True)
    for i, seed in enumerate(seeds(harness)):
        (seed_dir / f"seed-{i:04d}").write_bytes(seed)
    regressions = TESTS / "fuzz" / "regressions" / harness
    corpus = work / "corpus" / harness
    artifacts = work / "artifacts" / harness
    corpus.mkdir(parents=True, exist_ok=True)
    artifacts.mkdir(parents=True, exist_ok=True)
    command = [binary, f"-max_total_time={seconds}", "-timeout=10", f"-max_len={MAX_LEN}", "-rss_limit_mb=2048",
               "-print_final_stats=1", f"-artifact_prefix={artifacts}/", str(corpus), str(seed_dir)]
    if harness in XML_HARNESSES:
        command.insert(1, f"-dict={pathlib.Path(__file__).resolve().parent / 'xml.dict'}")
    if regressions.is_dir():
        command.append(str(regressions))
    print(" ".join(command), flush=True)
    return subprocess.run(command).returncode


if __name__ == "__main__":
    sys.exit(main())
