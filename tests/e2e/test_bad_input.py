#!/usr/bin/env python3
"""Hostile and odd input through the real binary (`concord check` and `check --tsv`).

Every rejected input: exit status 2, nothing on stdout, one line on stderr naming the file and the line and/or
byte, and no report file (nor a temporary one) left behind. Every accepted input: a valid JSON report with every
document in it. Big inputs are generated here and must finish within CONCORD_BAD_INPUT_SECONDS (default 30;
the sanitizer build is several times slower than the normal one).

The small files live in tests/bad_input/. The scan-only cases (folders, TMX, XLIFF) are in
test_bad_input_scan.py, which CTest does not run until `concord scan` exists.
"""
import json
import os
import pathlib
import shutil
import signal
import subprocess
import tempfile
import time
import unittest

CONCORD = os.environ["CONCORD_BIN"]
CASES = pathlib.Path(__file__).resolve().parent.parent / "bad_input"
SECONDS = float(os.environ.get("CONCORD_BAD_INPUT_SECONDS", "30"))
UK = (CASES / "ok.uk.txt").read_bytes()


def run(*args, timeout=SECONDS):
    return subprocess.run([CONCORD, *map(str, args)], capture_output=True, text=True, timeout=timeout)


class BadInputTest(unittest.TestCase):
    def setUp(self):
        self.dir = pathlib.Path(tempfile.mkdtemp(prefix="concord-bad-input-"))
        self.addCleanup(shutil.rmtree, self.dir, ignore_errors=True)
        self.out = self.dir / "report.json"

    def case(self, name):
        """A copy of a tests/bad_input file, so that its path in messages is ours to predict."""
        path = self.dir / name
        shutil.copyfile(CASES / name, path)
        return path

    def leftovers(self):
        return sorted(p.name for p in self.dir.glob("report.json*"))

    def assert_rejected(self, args, message):
        """Exit 2, the exact one-line message, no report and no temporary file."""
        result = run("check", *args, "--format", "json", "-o", self.out)
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertEqual(result.stdout, "")
        self.assertEqual(result.stderr, f"concord: error: {message}\n")
        self.assertEqual(self.leftovers(), [])

    def check_json(self, *args):
        result = run("check", *args, "--format", "json", "--fail-on", "never")
        self.assertEqual(result.returncode, 0, result.stderr)
        return json.loads(result.stdout)

    # --- encodings ---------------------------------------------------------------------------------------------

    def test_invalid_utf8_at_start_middle_and_end_names_line_and_byte(self):
        en = self.case("ok.en.txt")
        middle = len("Українці сказали, що ми зробили 90%.\nЦе ".encode())
        end = len(UK + "Кінець".encode())
        for name, line, byte in (("invalid-utf8-start.uk.txt", 1, 0), ("invalid-utf8-middle.uk.txt", 2, middle),
                                 ("invalid-utf8-end.uk.txt", 3, end)):
            with self.subTest(name):
                path = self.case(name)
                self.assert_rejected([path, en], f"{path}:{line}: invalid UTF-8 at byte {byte}")

    def test_utf8_bom_is_accepted_and_not_part_of_the_text(self):
        with_bom = self.check_json(self.case("bom.uk.txt"), self.case("ok.en.txt"))
        self.out.unlink(missing_ok=True)
        without = self.check_json(self.case("ok.uk.txt"), self.case("ok.en.txt"))
        first = with_bom["documents"][0]["segments"][0]["source"]
        self.assertEqual((first["text"][0], first["line"], first["column"]), ("У", 1, 1))
        self.assertEqual(with_bom["documents"][0]["segments"], without["documents"][0]["segments"])

    def test_byte_offsets_after_a_bom_count_from_the_start_of_the_file(self):
        path = self.case("bom-invalid-utf8.uk.txt")
        self.assert_rejected([path, self.case("ok.en.txt")], f"{path}:1: invalid UTF-8 at byte 10")

    def test_utf16_with_a_bom_is_a_clear_error(self):
        for name in ("utf16le-bom.uk.txt", "utf16be-bom.uk.txt"):
            with self.subTest(name):
                path = self.case(name)
                self.assert_rejected([path, self.case("ok.en.txt")],
                                     f"{path}:1: UTF-16 text (byte-order mark at byte 0); convert it to UTF-8")

    # --- line ends, NUL, binary, empty ---------------------------------------------------------------------------

    def test_crlf_and_lone_cr_read_like_lf(self):
        en = self.case("ok.en.txt")
        expected = self.check_json(self.case("ok.uk.txt"), en)["documents"][0]["segments"]
        for name in ("crlf.uk.txt", "lone-cr.uk.txt"):
            with self.subTest(name):
                segments = self.check_json(self.case(name), en)["documents"][0]["segments"]
                self.assertEqual(segments, expected)
                self.assertEqual([s["source"]["line"] for s in segments], [1, 2])

    def test_nul_bytes_and_binary_files_are_not_text(self):
        en = self.case("ok.en.txt")
        nul_at = len("Українці сказали.\nЦе ".encode())
        for name, line, byte in (("nul.uk.txt", 2, nul_at), ("binary.uk.txt", 3, 8)):
            with self.subTest(name):
                path = self.case(name)
                self.assert_rejected([path, en], f"{path}:{line}: NUL byte at byte {byte}; not a text file")

    def test_empty_and_whitespace_only_files_and_one_side_empty(self):
        uk, en = self.case("ok.uk.txt"), self.case("ok.en.txt")
        for name in ("empty.uk.txt", "whitespace.uk.txt"):
            with self.subTest(name):
                path = self.case(name)
                self.assert_rejected([path, en], f"{path}: empty file: no text to check")
        empty_en = self.dir / "empty.en.txt"
        shutil.copyfile(CASES / "empty.uk.txt", empty_en)
        self.assert_rejected([uk, empty_en], f"{empty_en}: empty file: no text to check")

    def test_a_device_is_refused_instead_of_read_forever(self):
        self.assert_rejected(["/dev/zero", self.case("ok.en.txt")], "/dev/zero: is a device or socket, not a text file")

    # --- TSV -----------------------------------------------------------------------------------------------------

    def test_tsv_rows_without_tab_and_invalid_utf8_name_their_line(self):
        no_tab = self.case("no-tab.tsv")
        self.assert_rejected(["--tsv", no_tab, "--from", "uk", "--to", "en"], f"{no_tab}:2: no TAB between source and target")
        invalid = self.case("invalid-utf8.tsv")
        byte = len("Перший\tFirst\n".encode())
        self.assert_rejected(["--tsv", invalid, "--from", "uk", "--to", "en"], f"{invalid}:2: invalid UTF-8 at byte {byte}")

    def test_tsv_with_crlf_keeps_no_carriage_return_in_the_text(self):
        report = self.check_json("--tsv", self.case("crlf.uk-en.tsv"))
        segments = report["documents"][0]["segments"]
        self.assertEqual([s["target"]["text"] for s in segments], ["We've done 80%.", "That's all."])
        self.assertEqual([f["message"] for f in segments[0]["findings"]], ["source has 90%, translation has 80%"])

    # --- size ----------------------------------------------------------------------------------------------------

    def big_pair(self):
        """A 10 MB line with no sentence break on each side, figures sprinkled through the prose."""
        uk_words = "Ми зробили 90 кроків і ще трохи тексту без крапки "
        en_words = "We took 90 steps and some more text with no full stop "
        uk = uk_words * (10_000_000 // len(uk_words.encode()) + 1)
        en = en_words * (10_000_000 // len(en_words.encode()) + 1)
        return self.write("big.uk.txt", uk + "\n"), self.write("big.en.txt", en + "\n")

    def write(self, name, text):
        path = self.dir / name
        path.write_text(text, encoding="utf-8")
        return path

    def test_a_10_mb_line_with_no_break_finishes_in_seconds(self):
        uk, en = self.big_pair()
        self.assertGreaterEqual(min(uk.stat().st_size, en.stat().st_size), 10_000_000)
        started = time.monotonic()
        result = run("check", uk, en, "--format", "json", "--fail-on", "never", "-o", self.out)
        elapsed = time.monotonic() - started
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertLess(elapsed, SECONDS)
        report = json.loads(self.out.read_text(encoding="utf-8"))
        self.assertEqual(report["summary"]["documents"], 1)
        self.assertEqual(len(report["documents"][0]["segments"]), 1)

    def test_100000_tiny_segments_as_lines_and_as_one_paragraph(self):
        for layout, uk, en in (("lines", "Так.\n" * 100_000, "Yes.\n" * 100_000),
                               ("one paragraph", "Так. " * 100_000 + "\n", "Yes. " * 100_001 + "\n")):
            with self.subTest(layout):
                started = time.monotonic()
                result = run("check", self.write("many.uk.txt", uk), self.write("many.en.txt", en), "--format", "json",
                             "--fail-on", "never", "-o", self.out)
                self.assertEqual(result.returncode, 0, result.stderr)
                self.assertLess(time.monotonic() - started, SECONDS)
                segments = json.loads(self.out.read_text(encoding="utf-8"))["documents"][0]["segments"]
                # A bead may join two sentences into one report segment: count the sentences, not the segments.
                self.assertEqual(sum(s["source"]["text"].count("Так.") for s in segments), 100_000)
                self.assertEqual(sum(s["target"]["text"].count("Yes.") for s in segments), en.count("Yes."))

    # --- paths ---------------------------------------------------------------------------------------------------

    def test_paths_with_spaces_and_non_ascii_names(self):
        folder = self.dir / "папка з пробілами"
        folder.mkdir()
        uk, en = folder / "стаття 1.uk.txt", folder / "article 1.en.txt"
        shutil.copyfile(CASES / "ok.uk.txt", uk)
        shutil.copyfile(CASES / "ok.en.txt", en)
        report = self.check_json(uk, en)
        document = report["documents"][0]
        self.assertEqual((document["source"]["path"], document["target"]["path"]), (str(uk), str(en)))
        self.assertEqual((document["source"]["lang"], document["target"]["lang"]), ("uk", "en"))
        broken = folder / "зламаний файл.uk.txt"
        shutil.copyfile(CASES / "invalid-utf8-start.uk.txt", broken)
        self.assert_rejected([broken, en], f"{broken}:1: invalid UTF-8 at byte 0")

    def test_a_symlink_loop_is_named_as_such(self):
        loop = self.dir / "loop.uk.txt"
        loop.symlink_to(loop.name)
        self.assert_rejected([loop, self.case("ok.en.txt")], f"{loop}: cannot be read: Too many levels of symbolic links")

    @unittest.skipIf(os.geteuid() == 0, "root reads files whatever their mode")
    def test_an_unreadable_file_is_named_with_the_reason(self):
        path = self.case("ok.uk.txt")
        path.chmod(0)
        self.assert_rejected([path, self.case("ok.en.txt")], f"{path}: cannot be opened for reading: Permission denied")

    # --- text that could script a report -------------------------------------------------------------------------

    def test_script_tags_and_quotes_survive_json_exactly(self):
        uk, en = self.case("script.uk.txt"), self.case("script.en.txt")
        report = self.check_json(uk, en)
        segment = report["documents"][0]["segments"][0]
        self.assertEqual(segment["source"]["text"], (CASES / "script.uk.txt").read_text(encoding="utf-8").strip())
        self.assertEqual(segment["target"]["text"], (CASES / "script.en.txt").read_text(encoding="utf-8").strip())
        self.assertEqual([f["message"] for f in segment["findings"]], ["source has 90%, translation has 80%"])

    def test_terminal_escapes_in_the_text_cannot_script_the_text_report(self):
        uk = self.write("esc.uk.txt", "Ми зробили 90%\x1b[2J\x1b]0;pwned\x07 і все.\n")
        en = self.write("esc.en.txt", "We've done 80% and that is all.\n")
        result = run("check", uk, en, "--fail-on", "never")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertNotIn("\x1b", result.stdout)
        self.assertNotIn("\x07", result.stdout)
        self.assertIn("uk: Ми зробили 90%\u241b[2J\u241b]0;pwned\u2407 і все.", result.stdout)
        named = self.write("\x1b[31mred.uk.txt", "\x00")
        rejected = run("check", named, en)
        self.assertEqual(rejected.returncode, 2)
        self.assertEqual(rejected.stderr, f"concord: error: {self.dir}/\u241b[31mred.uk.txt:1: NUL byte at byte 0; "
                                          "not a text file\n")

    # --- atomic output -------------------------------------------------------------------------------------------

    def test_a_failed_run_keeps_an_earlier_report_intact(self):
        self.out.write_text("earlier report\n")
        path = self.case("nul.uk.txt")
        result = run("check", path, self.case("ok.en.txt"), "--format", "json", "-o", self.out)
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertEqual(self.out.read_text(), "earlier report\n")
        self.assertEqual(self.leftovers(), ["report.json"])

    def test_an_unwritable_output_leaves_nothing(self):
        out = self.dir / "no such folder" / "report.json"
        result = run("check", self.case("ok.uk.txt"), self.case("ok.en.txt"), "--format", "json", "-o", out)
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertEqual(result.stderr, f"concord: error: {out}: cannot be written\n")
        self.assertFalse(out.parent.exists())

    def test_a_run_killed_while_writing_leaves_no_report(self):
        uk, en = self.big_pair()
        process = subprocess.Popen([CONCORD, "check", uk, en, "--format", "json", "-o", self.out],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + SECONDS
        while not list(self.dir.glob("report.json.tmp-*")) and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        writing = process.poll() is None and bool(list(self.dir.glob("report.json.tmp-*")))
        process.send_signal(signal.SIGKILL)
        process.wait()
        self.assertTrue(writing, "the run ended before it was caught writing its report")
        self.assertFalse(self.out.exists())


if __name__ == "__main__":
    unittest.main()
