#!/usr/bin/env python3
"""End-to-end tests of `concord scan` (and `check` on one TMX/XLIFF file) on the corpus in tests/scan/."""
import json
import os
import pathlib
import pty
import shutil
import subprocess
import tempfile
import unittest

CONCORD = os.environ["CONCORD_BIN"]
CORPUS = pathlib.Path(__file__).resolve().parent.parent / "scan"

GOOD = {  # document (source, target) -> status, relative to tests/scan
    ("good/pairs/harvest.uk.txt", "good/pairs/harvest.en.txt"),
    ("good/pairs/harvest.uk.txt", "good/pairs/harvest.flawed.en.txt"),
    ("good/parallel/uk/budget.txt", "good/parallel/en/budget.txt"),
    ("good/tmx/memory.tmx", "good/tmx/memory.tmx"),
    ("good/tsv/wages.uk-en.tsv", "good/tsv/wages.uk-en.tsv"),
    ("good/xliff/interview.xlf", "good/xliff/interview.xlf"),
    ("good/xliff/report.xliff", "good/xliff/report.xliff"),
}
BROKEN = {  # file -> what its error must say
    "broken/empty.en.txt": "empty file",
    "broken/invalid-utf8.en.txt": "invalid-utf8.en.txt:1: invalid UTF-8 at byte 23",
    "broken/malformed.tmx": "malformed.tmx:7: malformed XML",
    "broken/nocode.txt": "no language code in the name",
    "broken/orphan.uk.txt": "no counterpart",
    "broken/story.xx.txt": "unknown language 'xx'",
    "broken/unknown-language.xlf": "unknown language 'qq-ZZ'",
}


def run(*args, cwd=CORPUS, stderr=subprocess.PIPE):
    return subprocess.run([CONCORD, *args], stdout=subprocess.PIPE, stderr=stderr, text=True, cwd=cwd)


def scan_json(*args, cwd=CORPUS):
    result = run("scan", *args, "--format", "json", cwd=cwd)
    return result, json.loads(result.stdout) if result.stdout else None


def stderr_on_terminal(*args):
    """What the command writes to stderr when stderr is a terminal (a pseudo-terminal here)."""
    controller, terminal = pty.openpty()
    run(*args, stderr=terminal)
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(controller, 4096)
        except OSError:  # EIO: the terminal side is closed and everything has been read
            break
        if not chunk:
            break
        shown += chunk
    os.close(controller)
    return shown


def findings(report):
    return [(d["target"]["path"], s["index"], f["check"], f["severity"], f["message"])
            for d in report["documents"] for s in d["segments"] for f in s["findings"]]


class ScanTest(unittest.TestCase):
    def setUp(self):
        self.dir = pathlib.Path(tempfile.mkdtemp(prefix="concord-scan-"))
        self.addCleanup(shutil.rmtree, self.dir)

    def copy_good(self):
        shutil.copytree(CORPUS / "good", self.dir / "good")
        return self.dir / "good"

    def test_good_corpus_checks_every_layout_and_exits_1_by_its_findings(self):
        result, report = scan_json("good")
        self.assertEqual(result.returncode, 1, result.stderr)
        documents = {(d["source"]["path"], d["target"]["path"]) for d in report["documents"]}
        self.assertEqual(documents, GOOD)
        self.assertEqual([d["status"] for d in report["documents"]], ["ok"] * len(GOOD))
        summary = report["summary"]
        self.assertEqual((summary["documents"], summary["checked"], summary["failed"], summary["ignored"]),
                         (7, 7, 0, 1))
        self.assertEqual(sorted((path, index, check) for path, index, check, _, _ in findings(report)), [
            ("good/pairs/harvest.flawed.en.txt", 1, "number"),
            ("good/tmx/memory.tmx", 2, "number"),
            ("good/tsv/wages.uk-en.tsv", 2, "number"),
            ("good/xliff/interview.xlf", 2, "omission"),  # the untranslated unit is reported, not skipped
        ])

    def test_languages_come_from_names_folders_and_files(self):
        _, report = scan_json("good")
        langs = {d["target"]["path"]: (d["source"]["lang"], d["target"]["lang"]) for d in report["documents"]}
        self.assertEqual(set(langs.values()), {("uk", "en")}, langs)

    def test_broken_files_are_error_documents_the_rest_is_checked_and_exit_is_2(self):
        result, report = scan_json("good", "broken")
        self.assertEqual(result.returncode, 2, result.stderr)
        failed = {d["target"]["path"]: d for d in report["documents"] if d["status"] == "error"}
        self.assertEqual(set(failed), set(BROKEN))
        for path, message in BROKEN.items():
            with self.subTest(path):
                self.assertIn(message, failed[path]["error"])
                self.assertEqual(failed[path]["segments"], [])
                self.assertEqual([(f["check"], f["severity"]) for f in failed[path]["findings"]], [("input", "error")])
        ok = {(d["source"]["path"], d["target"]["path"]) for d in report["documents"] if d["status"] == "ok"}
        self.assertEqual(ok, GOOD)
        summary = report["summary"]
        self.assertEqual((summary["documents"], summary["checked"], summary["failed"]), (14, 7, 7))

    def test_documents_are_in_path_order(self):
        _, report = scan_json("good", "broken")
        keys = [(d["source"]["path"], d["target"]["path"]) for d in report["documents"]]
        self.assertEqual(keys, sorted(keys))

    def test_report_is_byte_identical_whatever_the_number_of_jobs(self):
        for report_format in ("json", "text"):
            with self.subTest(report_format):
                outputs = []
                for jobs in ("1", "2", "3"):
                    out = self.dir / f"report-{jobs}.{report_format}"
                    result = run("scan", "good", "broken", "-j", jobs, "--format", report_format, "-o", str(out))
                    self.assertEqual(result.returncode, 2, result.stderr)
                    outputs.append(out.read_bytes())
                self.assertEqual(outputs[0], outputs[1])
                self.assertEqual(outputs[0], outputs[2])

    def test_unknown_file_kinds_are_noted_and_excluded_files_are_not(self):
        result = run("scan", "good", "--format", "json")
        self.assertEqual(result.stderr.splitlines(),
                         ["concord: note: good/notes.md: ignored, not a document Concord reads"])
        self.assertNotIn(".expected", result.stdout + result.stderr)
        quiet = run("scan", "good", "--quiet", "--format", "json")
        self.assertEqual(quiet.stderr, "")

    def test_progress_line_only_on_a_terminal(self):
        self.assertNotIn("checked", run("scan", "good", "broken").stderr)
        self.assertIn(b"checked 14/14 documents", stderr_on_terminal("scan", "good", "broken", "--format", "json"))
        self.assertEqual(stderr_on_terminal("scan", "good", "broken", "--quiet", "--format", "json"), b"")

    def test_variant_translations_pair_with_the_original_and_ties_need_a_direction(self):
        (self.dir / "a.uk.txt").write_text("Ціна зросла на 5%.\n", encoding="utf-8")
        (self.dir / "a.en.txt").write_text("The price rose by 5%.\n", encoding="utf-8")
        result, report = scan_json(".", cwd=self.dir)
        self.assertEqual(result.returncode, 2)
        self.assertEqual({d["status"] for d in report["documents"]}, {"error"})
        self.assertIn("cannot tell which file is the original", report["documents"][0]["error"])
        result, report = scan_json(".", "--from", "uk", cwd=self.dir)
        self.assertEqual(result.returncode, 0, result.stdout)
        self.assertEqual([(d["source"]["path"], d["target"]["path"]) for d in report["documents"]],
                         [("./a.uk.txt", "./a.en.txt")])
        (self.dir / "a.edited.en.txt").write_text("The price rose by 6%.\n", encoding="utf-8")
        result, report = scan_json(".", cwd=self.dir)
        self.assertEqual(result.returncode, 1, "one uk file, two en files: uk is the original")
        self.assertEqual([(d["source"]["path"], d["target"]["path"]) for d in report["documents"]],
                         [("./a.uk.txt", "./a.edited.en.txt"), ("./a.uk.txt", "./a.en.txt")])

    def test_baseline_round_trip_over_a_scan_reports_only_the_new_finding(self):
        good = self.copy_good()
        baseline = self.dir / "baseline.json"
        first, before = scan_json(".", "--write-baseline", str(baseline), cwd=good)
        self.assertEqual(first.returncode, 1, first.stderr)
        self.assertGreater(len(findings(before)), 1)
        flawed = good / "pairs" / "harvest.flawed.en.txt"
        flawed.write_text(flawed.read_text(encoding="utf-8").replace("3.5 million", "5.3 million"), encoding="utf-8")
        result, after = scan_json(".", "--baseline", str(baseline), cwd=good)
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertEqual([(path, check) for path, _, check, _, _ in findings(after)],
                         [("./pairs/harvest.flawed.en.txt", "number")])
        self.assertIn("5.3 million", findings(after)[0][4])
        self.assertEqual(after["summary"]["documents"], before["summary"]["documents"])

    def test_config_turns_checks_off_and_changes_severities(self):
        good = self.copy_good()
        config = good / "concord.toml"
        base = config.read_text(encoding="utf-8")
        config.write_text(base + "\n[checks]\nseverity = { number = \"warning\", omission = \"warning\" }\n",
                          encoding="utf-8")
        result, report = scan_json(".", cwd=good)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual({f[3] for f in findings(report)}, {"warning"})
        self.assertEqual(run("scan", ".", "--fail-on", "warning", cwd=good).returncode, 1)
        config.write_text(base + "\n[checks]\ndisable = [\"number\", \"omission\"]\n", encoding="utf-8")
        result, report = scan_json(".", cwd=good)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(findings(report), [])

    def test_config_include_and_explicit_config_file(self):
        good = self.copy_good()
        other = self.dir / "other.toml"
        other.write_text('[languages]\nsource = "uk"\n[files]\ninclude = ["xliff/*"]\n', encoding="utf-8")
        result, report = scan_json(".", "--config", str(other), cwd=good)
        self.assertEqual(result.returncode, 1, "the untranslated XLIFF unit is an omission: " + result.stderr)
        self.assertEqual([d["source"]["path"] for d in report["documents"]],
                         ["./xliff/interview.xlf", "./xliff/report.xliff"])
        self.assertEqual(report["summary"]["ignored"], 0)

    def test_house_name_table_from_the_config_and_from_the_command_line(self):
        # The translation spells the spokesman's name the newsroom's way, which no transliteration gives.
        corpus = self.dir / "house"
        corpus.mkdir()
        (corpus / "spokesman.uk.txt").write_text("Про це заявив речник компанії Сергій Бондар.\n", encoding="utf-8")
        (corpus / "spokesman.en.txt").write_text("This was stated by the company's spokesman Serhiy Cooper.\n",
                                                 encoding="utf-8")
        # Outside the corpus, or scan would read it as a document; the config names it relative to itself.
        (self.dir / "house.tsv").write_text("kind\tuk\ten\nperson\tБондар\tCooper\n", encoding="utf-8")
        result, report = scan_json(".", "--from", "uk", cwd=corpus)
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertEqual([f[2] for f in findings(report)], ["name"])

        (corpus / "concord.toml").write_text('[languages]\nsource = "uk"\n[names]\ntables = ["../house.tsv"]\n',
                                             encoding="utf-8")
        result, report = scan_json(".", cwd=corpus)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(findings(report), [])

        result = run("check", "spokesman.uk.txt", "spokesman.en.txt", "--names", "../house.tsv", cwd=corpus)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)

        (corpus / "concord.toml").write_text('[names]\ntables = ["../house.tsv", "nope.tsv"]\n', encoding="utf-8")
        result = run("scan", ".", cwd=corpus)
        self.assertEqual(result.returncode, 2)
        self.assertRegex(result.stderr, r"concord\.toml:2: name table 'nope\.tsv' is not a file")

    def test_invalid_config_is_a_clear_error_with_its_line(self):
        good = self.copy_good()
        cases = {
            "[languages]\nsource = \"uk\"\ntraget = \"en\"\n": r"concord\.toml:3: unknown key 'traget' in \[languages\]",
            "[checks]\n\ndisable = [\"numbers\"]\n": r"concord\.toml:3: unknown check 'numbers'",
            "[checks]\nseverity = { number = \"fatal\" }\n": r"concord\.toml:2: severity of 'number' must be",
            "[files]\nexclude = \"*.md\"\n": r"concord\.toml:2: 'exclude' must be an array of strings",
            "[languages\nsource = 1\n": r"concord\.toml:1: ",
        }
        for text, pattern in cases.items():
            with self.subTest(pattern):
                (good / "concord.toml").write_text(text, encoding="utf-8")
                result = run("scan", ".", "--format", "json", cwd=good)
                self.assertEqual(result.returncode, 2)
                self.assertEqual(result.stdout, "")
                self.assertRegex(result.stderr.strip(), r"^concord: error: .*" + pattern)

    def test_missing_folder_is_a_usage_error(self):
        result = run("scan", "no-such-folder")
        self.assertEqual(result.returncode, 2)
        self.assertIn("no-such-folder: no such file or folder", result.stderr)

    def test_check_reads_one_tmx_or_xliff_file(self):
        result = run("check", "good/tmx/memory.tmx", "--format", "json")
        self.assertEqual(result.returncode, 1, result.stderr)
        report = json.loads(result.stdout)
        self.assertEqual([f[4] for f in findings(report)], ["source has 250 гривень, translation has 205 hryvnias"])
        self.assertEqual(run("check", "good/xliff/report.xliff").returncode, 0)
        malformed = run("check", "broken/malformed.tmx")
        self.assertEqual(malformed.returncode, 2)
        self.assertRegex(malformed.stderr, r"malformed\.tmx:7: malformed XML")

    def test_units_point_at_their_line_and_column_and_untranslated_units_stay(self):
        _, report = scan_json("good/xliff")
        interview = next(d for d in report["documents"] if d["source"]["path"].endswith("interview.xlf"))
        lines = (CORPUS / "good/xliff/interview.xlf").read_text(encoding="utf-8").splitlines()
        for segment in interview["segments"]:
            line = lines[segment["source"]["line"] - 1]
            self.assertEqual(line[segment["source"]["column"] - 1:].split(">")[0], "<source")
        self.assertEqual([s["target"]["text"] for s in interview["segments"]], ["The survey covered 1,200 people.", ""])
        self.assertEqual(interview["segments"][0]["source"]["text"], "Опитування охопило 1 200 людей.")


if __name__ == "__main__":
    unittest.main(verbosity=2)
