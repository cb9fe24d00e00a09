#!/usr/bin/env python3
"""Hostile input for `concord scan` (CTest "e2e: bad input in a scan", beside "e2e: bad input").

The contract (README, "Scanning a corpus"):
  concord scan FOLDER --format json   walks FOLDER for pairs (NAME.uk.txt + NAME.en.txt), TSV, TMX and XLIFF
  files; an unreadable document is kept in the report with "status": "error" and an "error" message naming the
  file (and line when there is one); the other documents are checked as usual; exit status 2 when any document
  failed, and a failed document never hides the findings of the others.
The XML cases live in tests/bad_input/ (where the fuzz harnesses also take them as seeds); the templated ones here.
Every case must finish in seconds (billion laughs, deep nesting) and must never fetch anything (external
entities): the XML parser (pugixml) neither expands custom entities nor reads DTDs, which these tests pin down.
"""
import json
import os
import pathlib
import shutil
import subprocess
import tempfile
import unittest

CONCORD = os.environ["CONCORD_BIN"]
CASES = pathlib.Path(__file__).resolve().parent.parent / "bad_input"
SECONDS = float(os.environ.get("CONCORD_BAD_INPUT_SECONDS", "30"))

TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="{src}" datatype="plaintext" segtype="sentence" adminlang="en"
 creationtool="t" creationtoolversion="1" o-tmf="t"/><body>
<tu><tuv xml:lang="{src}"><seg>Ми зробили 90%.</seg></tuv><tuv xml:lang="{tgt}"><seg>We've done 80%.</seg></tuv></tu>
</body></tmx>
"""
EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE tmx [ <!ENTITY secret SYSTEM "file://{secret}"> <!ENTITY remote SYSTEM "http://127.0.0.1:9/x"> ]>
<tmx version="1.4"><header srclang="uk"/><body>
<tu><tuv xml:lang="uk"><seg>&secret;&remote; 90</seg></tuv><tuv xml:lang="en"><seg>90</seg></tuv></tu>
</body></tmx>
"""


def scan_output(folder, report_format):
    # --from: a folder holding one pair names no original by itself (README, "Scanning a corpus").
    return subprocess.run([CONCORD, "scan", str(folder), "--from", "uk", "--format", report_format,
                           "--fail-on", "never", "--quiet"], capture_output=True, text=True, timeout=SECONDS)


def scan(folder):
    result = scan_output(folder, "json")
    return result, (json.loads(result.stdout) if result.stdout else None)


class ScanBadInputTest(unittest.TestCase):
    def setUp(self):
        self.dir = pathlib.Path(tempfile.mkdtemp(prefix="concord-bad-scan-"))
        self.addCleanup(shutil.rmtree, self.dir, ignore_errors=True)
        # One good pair in every scanned folder: it must survive whatever its neighbours do.
        shutil.copyfile(CASES / "script.uk.txt", self.dir / "good.uk.txt")
        shutil.copyfile(CASES / "script.en.txt", self.dir / "good.en.txt")

    def write(self, name, text):
        path = self.dir / name
        path.write_text(text, encoding="utf-8")
        return path

    def documents(self, report):
        return {pathlib.Path(d["source"]["path"]).name: d for d in report["documents"]}

    def assert_good_pair_intact(self, report):
        good = self.documents(report)["good.uk.txt"]
        self.assertEqual(good["status"], "ok")
        messages = [f["message"] for s in good["segments"] for f in s["findings"]]
        self.assertEqual(messages, ["source has 90%, translation has 80%"])

    def assert_failed(self, report, name, pattern):
        document = self.documents(report)[name]
        self.assertEqual(document["status"], "error")
        self.assertRegex(document["error"], pattern)

    def test_every_bad_text_file_is_one_failed_document_and_the_rest_is_checked(self):
        bad = ["invalid-utf8-start.uk.txt", "invalid-utf8-middle.uk.txt", "invalid-utf8-end.uk.txt",
               "utf16le-bom.uk.txt", "nul.uk.txt", "binary.uk.txt", "empty.uk.txt", "whitespace.uk.txt"]
        for name in bad:
            shutil.copyfile(CASES / name, self.dir / name)
            shutil.copyfile(CASES / "ok.en.txt", self.dir / name.replace(".uk.txt", ".en.txt"))
        result, report = scan(self.dir)
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertEqual(report["summary"]["documents"], len(bad) + 1)
        self.assertEqual(report["summary"]["failed"], len(bad))
        for name in bad:
            self.assert_failed(report, name, rf"{name}(:\d+)?: ")
        self.assert_good_pair_intact(report)

    def test_symlink_loops_and_unreadable_files_inside_a_scan(self):
        (self.dir / "loop").symlink_to(".")  # a directory loop: the walk must not recurse forever
        (self.dir / "self.uk.txt").symlink_to("self.uk.txt")
        shutil.copyfile(CASES / "ok.en.txt", self.dir / "self.en.txt")
        unreadable = self.write("locked.uk.txt", "Текст 90.\n")
        self.write("locked.en.txt", "Text 90.\n")
        unreadable.chmod(0)
        result, report = scan(self.dir)
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assert_failed(report, "self.uk.txt", "Too many levels of symbolic links")
        if os.geteuid() != 0:
            self.assert_failed(report, "locked.uk.txt", "Permission denied")
        self.assert_good_pair_intact(report)

    def test_malformed_and_deeply_nested_xml_fail_their_document_only(self):
        self.write("truncated.tmx", TMX.format(src="uk", tgt="en")[:-30])
        self.write("deep.tmx", "<tmx>" + "<a>" * 200_000 + "</a>" * 200_000 + "</tmx>")
        self.write("not-xml.xlf", "this is not XML at all < & >")
        # A reference to a surrogate decodes to bytes that are not UTF-8: it once crashed the JSON report.
        shutil.copyfile(CASES.parent / "fuzz" / "regressions" / "read_xliff" / "surrogate-character-reference",
                        self.dir / "surrogate.xlf")
        result, report = scan(self.dir)
        self.assertEqual(result.returncode, 2, result.stderr)
        for name in ("truncated.tmx", "deep.tmx", "not-xml.xlf", "surrogate.xlf"):
            self.assert_failed(report, name, rf"{name}(:\d+)?: ")
        self.assert_good_pair_intact(report)

    def test_tmx_with_missing_or_unknown_xml_lang(self):
        shutil.copyfile(CASES / "missing-lang.tmx", self.dir / "missing-lang.tmx")
        self.write("unknown-lang.tmx", TMX.format(src="uk", tgt="tlh"))
        result, report = scan(self.dir)
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assert_failed(report, "missing-lang.tmx", r"xml:lang")
        self.assert_failed(report, "unknown-lang.tmx", r"tlh")
        self.assert_good_pair_intact(report)

    def test_xliff_unit_without_target_is_kept_as_untranslated(self):
        shutil.copyfile(CASES / "no-target.xlf", self.dir / "no-target.xlf")
        result, report = scan(self.dir)
        document = self.documents(report)["no-target.xlf"]
        self.assertEqual(document["status"], "ok")
        self.assertEqual([s["target"]["text"] for s in document["segments"]], ["", "That's all."])
        checks = [[f["check"] for f in s["findings"]] for s in document["segments"]]
        self.assertEqual(checks, [["omission"], []])

    def test_entity_expansion_and_external_entities_are_never_expanded_or_fetched(self):
        secret = self.dir / "secret.txt"
        secret.write_text("TOP-SECRET-CONTENT")
        shutil.copyfile(CASES / "billion-laughs.tmx", self.dir / "laughs.tmx")
        self.write("external.tmx", EXTERNAL_ENTITY.format(secret=secret))
        result, report = scan(self.dir)  # the timeout in scan() is the "no hang" assertion
        self.assertNotIn("lollollol", result.stdout)
        self.assertNotIn("TOP-SECRET-CONTENT", result.stdout)
        self.assertLess(len(result.stdout), 1_000_000)
        self.assertIn("laughs.tmx", self.documents(report))
        self.assertIn("external.tmx", self.documents(report))
        self.assert_good_pair_intact(report)

    def test_script_and_quotes_are_escaped_in_html_and_valid_in_sarif_and_junit(self):
        html = scan_output(self.dir, "html").stdout
        self.assertNotIn("<script>alert", html)
        self.assertIn("&lt;script&gt;alert", html)
        sarif = json.loads(scan_output(self.dir, "sarif").stdout)
        [result] = sarif["runs"][0]["results"]
        self.assertEqual(result["message"]["text"], "source has 90%, translation has 80%")
        region = result["locations"][0]["physicalLocation"]["region"]
        # The markup is text: the column counts its code points as written.
        self.assertEqual((region["startColumn"], region["snippet"]["text"]), (67, "80%"))
        import xml.etree.ElementTree as ET  # stdlib; the report must parse as XML
        junit = ET.fromstring(scan_output(self.dir, "junit").stdout)
        [failure] = junit.iter("failure")
        source = (CASES / "script.uk.txt").read_text(encoding="utf-8").strip()
        self.assertIn("uk: " + source, failure.text)

if __name__ == "__main__":
    unittest.main()
