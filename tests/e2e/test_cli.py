#!/usr/bin/env python3
"""End-to-end tests of the documented CLI contract: the real binary on real files."""
import json
import os
import pathlib
import re
import subprocess
import tempfile
import unittest

CONCORD = os.environ["CONCORD_BIN"]
SHARED = pathlib.Path(os.environ["CONCORD_SHARED"])
PAIR_UK = "Українці сказали, що ми зробили 90%, і я з ними згоден.\nЦе коштувало 1 500,5 гривень.\n"
PAIR_EN = "The Ukrainians said we've done 80%, and I agree with them.\nIt cost 1,500.5 hryvnias.\n"


def run(*args, cwd=None):
    return subprocess.run([CONCORD, *args], capture_output=True, text=True, cwd=cwd)


class CliTest(unittest.TestCase):
    def setUp(self):
        self.dir = pathlib.Path(tempfile.mkdtemp(prefix="concord-e2e-"))

    def write(self, name, content, mode="w"):
        path = self.dir / name
        if mode == "wb":
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return str(path)

    def pair(self, uk=PAIR_UK, en=PAIR_EN):
        return self.write("a.uk.txt", uk), self.write("a.en.txt", en)

    def assert_input_error(self, result, pattern):
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertEqual(result.stdout, "")
        lines = result.stderr.strip().splitlines()
        self.assertEqual(len(lines), 1, result.stderr)
        self.assertRegex(lines[0], pattern)

    def test_changed_percentage_is_one_number_error_with_both_spans(self):
        uk, en = self.pair()
        result = run("check", uk, en, "--format", "json")
        self.assertEqual(result.returncode, 1, result.stderr)
        report = json.loads(result.stdout)
        findings = [f for d in report["documents"] for s in d["segments"] for f in s["findings"]]
        self.assertEqual(len(findings), 1)
        f = findings[0]
        self.assertEqual((f["check"], f["severity"]), ("number", "error"))
        self.assertEqual(f["message"], "source has 90%, translation has 80%")
        segment = report["documents"][0]["segments"][0]
        self.assertEqual(segment["source"]["text"][f["source"]["start"]:f["source"]["end"]], "90%")
        self.assertEqual(segment["target"]["text"][f["target"]["start"]:f["target"]["end"]], "80%")
        self.assertEqual(report["summary"]["errors"], 1)

    def test_faithful_pair_is_clean_and_exits_zero(self):
        uk, en = self.pair(en=PAIR_EN.replace("80%", "90%"))
        result = run("check", uk, en, "--format", "json")
        self.assertEqual(result.returncode, 0, result.stderr)
        report = json.loads(result.stdout)
        self.assertEqual(report["schema"], "concord-report/1")
        self.assertEqual(report["summary"]["errors"], 0)
        self.assertTrue(all(s["findings"] == [] for s in report["documents"][0]["segments"]))
        self.assertEqual(len(report["documents"][0]["segments"]), 2)

    def test_text_format_is_path_line_severity_check_message_then_both_texts(self):
        uk, en = self.pair()
        result = run("check", uk, en)
        self.assertEqual(result.returncode, 1)
        lines = result.stdout.splitlines()
        self.assertEqual(lines[0], f"{en}:1: error[number]: source has 90%, translation has 80%")
        self.assertEqual(lines[1].strip(), "uk: " + PAIR_UK.splitlines()[0])
        self.assertEqual(lines[2].strip(), "en: " + PAIR_EN.splitlines()[0])
        self.assertNotIn("\033[", result.stdout, "no colour when piped")

    def test_fail_on_sets_the_exit_status(self):
        uk, en = self.pair()
        self.assertEqual(run("check", uk, en, "--fail-on", "never").returncode, 0)
        self.assertEqual(run("check", uk, en, "--fail-on", "warning").returncode, 1)

    def test_output_file_gets_the_report_and_stdout_stays_empty(self):
        uk, en = self.pair()
        out = self.dir / "report.json"
        result = run("check", uk, en, "--format", "json", "-o", str(out))
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stdout, "")
        self.assertEqual(json.loads(out.read_text())["summary"]["documents"], 1)

    def test_languages_from_flags_names_or_script(self):
        uk = self.write("x.txt", PAIR_UK)
        en = self.write("y.txt", PAIR_EN)
        guessed = run("check", uk, en, "--format", "json")
        self.assertIn("guessed from the text: source uk, target en", guessed.stderr)
        flagged = run("check", uk, en, "--from", "uk", "--to", "en", "--format", "json")
        self.assertEqual(flagged.stderr, "")
        self.assertEqual(json.loads(flagged.stdout)["documents"][0]["source"]["lang"], "uk")
        self.assert_input_error(run("check", uk, en, "--from", "xx"), r"unknown language 'xx'")

    def test_every_pair_among_four_languages_from_file_names_and_from_the_text(self):
        texts = {
            "uk": "Вибори відбулися 31 березня, проголосували 62% виборців.\n",
            "en": "The election was held on March 31, and 62% of voters took part.\n",
            "ru": "Выборы прошли 31 марта, проголосовали 62% избирателей.\n",
            "cs": "Volby se konaly 31. března, hlasovalo 62 % voličů.\n",
        }
        for src in texts:
            for tgt in texts:
                if src == tgt:
                    continue
                with self.subTest(pair=f"{src}-{tgt}"):
                    named = run("check", self.write(f"n.{src}.txt", texts[src]), self.write(f"n.{tgt}.txt", texts[tgt]),
                                "--format", "json")
                    self.assertEqual(named.returncode, 0, named.stdout + named.stderr)
                    document = json.loads(named.stdout)["documents"][0]
                    self.assertEqual((document["source"]["lang"], document["target"]["lang"]), (src, tgt))
                    guessed = run("check", self.write("s.txt", texts[src]), self.write("t.txt", texts[tgt]))
                    self.assertIn(f"guessed from the text: source {src}, target {tgt}", guessed.stderr)
                    self.assertEqual(guessed.returncode, 0, guessed.stdout)
                    changed = run("check", self.write(f"c.{src}.txt", texts[src]),
                                  self.write(f"c.{tgt}.txt", texts[tgt].replace("62", "26")))
                    self.assertEqual(changed.returncode, 1, changed.stdout)
                    self.assertIn("error[number]", changed.stdout)

    def test_bad_input_is_one_line_naming_file_and_line_with_exit_2_and_no_output_file(self):
        uk, en = self.pair()
        out = self.dir / "out.json"
        cases = {
            "missing": ([str(self.dir / "missing.uk.txt"), en], r"missing\.uk\.txt: no such file"),
            "directory": ([str(self.dir), en], r"is a directory"),
            "invalid utf-8": ([self.write("bad.uk.txt", b"ok\nbad \xff here\n", "wb"), en],
                              r"bad\.uk\.txt:2: invalid UTF-8 at byte 7"),
            "empty": ([self.write("empty.uk.txt", "\n  \n"), en], r"empty\.uk\.txt: empty file"),
            "tsv without tab": (["--tsv", self.write("rows.uk-en.tsv", "Один\tOne\nДва Two\n")],
                                r"rows\.uk-en\.tsv:2: no TAB between source and target"),
        }
        for name, (args, pattern) in cases.items():
            with self.subTest(name):
                result = run("check", *args, "--format", "json", "-o", str(out))
                self.assert_input_error(result, r"^concord: error: .*" + pattern)
                self.assertFalse(out.exists())
                self.assertEqual([p.name for p in self.dir.iterdir() if ".tmp-" in p.name], [])

    def test_usage_errors_exit_2_and_help_and_version_exit_0(self):
        self.assertEqual(run("check").returncode, 2)
        self.assertEqual(run("check", "a", "b", "--format", "pdf").returncode, 2)
        self.assertEqual(run("--no-such-flag").returncode, 2)
        self.assertEqual(run("--help").returncode, 0)
        version = run("--version")
        self.assertEqual(version.returncode, 0)
        self.assertRegex(version.stdout, r"^concord \d+\.\d+\.\d+")

    def test_tsv_over_a_whole_corpus_ext_dataset(self):
        dataset = SHARED / "corpora-ext" / "wmt22-uk-en"
        self.assertTrue(dataset.is_dir(), f"{dataset} is missing: shared/ must sit beside the project")
        uk = (dataset / "uk.txt").read_text(encoding="utf-8").splitlines()
        en = (dataset / "en.txt").read_text(encoding="utf-8").splitlines()
        tsv = self.write("wmt22.tsv", "".join(f"{s}\t{t}\n" for s, t in zip(uk, en)))
        result = run("check", "--tsv", tsv, "--from", "uk", "--to", "en", "--format", "json", "--fail-on", "never")
        self.assertEqual(result.returncode, 0, result.stderr)
        report = json.loads(result.stdout)
        segments = report["documents"][0]["segments"]
        self.assertEqual(len(segments), len(uk))
        self.assertEqual([s["index"] for s in segments], list(range(1, len(uk) + 1)))
        self.assertEqual(segments[897]["target"]["text"], en[897].strip())
        self.assertEqual(len(result.stdout.splitlines()), len(uk) + 9, "one segment per line")
        for segment in segments:
            for f in segment["findings"]:
                for side in ("source", "target"):
                    if f[side]:
                        text = segment[side]["text"]
                        self.assertEqual(text[f[side]["start"]:f[side]["end"]], f[side]["text"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
