#!/usr/bin/env python3
"""The HTML report in a real browser: headless Chromium driven through chromedriver (W3C WebDriver over plain
HTTP, python stdlib only). Checks the DOM after the page's script ran, clicks the filter, escapes, and writes
screenshots at desktop and phone widths into the build folder.

Environment: CONCORD_BIN (the concord binary), CONCORD_UNIT_TESTS (writes the synthetic multi-document reports),
CONCORD_ROOT (the source tree, for corpora/), CONCORD_OUT (where the reports and screenshots go).
"""
import base64
import json
import os
import pathlib
import shutil
import socket
import subprocess
import tempfile
import time
import unittest
import urllib.error
import urllib.request

CONCORD = os.environ["CONCORD_BIN"]
UNIT_TESTS = os.environ["CONCORD_UNIT_TESTS"]
ROOT = pathlib.Path(os.environ["CONCORD_ROOT"])
OUT = pathlib.Path(os.environ["CONCORD_OUT"])
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-dev-shm-usage"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class WebDriver:
    """The few W3C WebDriver commands the test needs."""

    def __init__(self):
        self.port = free_port()
        self.profile = tempfile.mkdtemp(prefix="concord-chromium-")
        self.process = subprocess.Popen([shutil.which("chromedriver") or "/usr/bin/chromedriver",
                                         f"--port={self.port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while True:
            try:
                if self.request("GET", "/status")["ready"]:
                    break
            except (urllib.error.URLError, ConnectionError):
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("chromedriver did not start")
            time.sleep(0.2)
        options = {"binary": shutil.which("chromium") or "/usr/bin/chromium",
                   "args": CHROMIUM_FLAGS + [f"--user-data-dir={self.profile}", "--window-size=1280,900"]}
        session = self.request("POST", "/session", {"capabilities": {"alwaysMatch": {
            "browserName": "chrome", "goog:chromeOptions": options}}})
        self.session = f"/session/{session['sessionId']}"

    def request(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}", data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return json.loads(response.read())["value"]
        except urllib.error.HTTPError as error:
            raise RuntimeError(f"{method} {path}: {error.read().decode(errors='replace')}") from None

    def command(self, method, path, body=None):
        return self.request(method, self.session + path, body)

    def open(self, path):
        self.command("POST", "/url", {"url": pathlib.Path(path).resolve().as_uri()})

    def run(self, script, *args):
        return self.command("POST", "/execute/sync", {"script": script, "args": list(args)})

    def element(self, selector):
        return self.command("POST", "/element", {"using": "css selector", "value": selector})

    def click(self, selector):
        self.command("POST", f"/element/{next(iter(self.element(selector).values()))}/click", {})

    def hover(self, selector):
        move = {"type": "pointerMove", "duration": 0, "origin": self.element(selector), "x": 0, "y": 0}
        self.command("POST", "/actions", {"actions": [{"type": "pointer", "id": "mouse", "parameters": {
            "pointerType": "mouse"}, "actions": [move]}]})

    def cdp(self, command, params):
        return self.command("POST", "/goog/cdp/execute", {"cmd": command, "params": params})

    def screenshot(self, path, width):
        """The whole page at a viewport `width` px wide (a phone below 600), up to 3000 px tall."""
        self.cdp("Emulation.setDeviceMetricsOverride", {"width": width, "height": 900, "deviceScaleFactor": 1,
                                                        "mobile": width < 600})
        height = min(self.run("return Math.ceil(document.querySelector('.page').getBoundingClientRect().bottom)"), 3000)
        shot = self.cdp("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True,
                                                   "clip": {"x": 0, "y": 0, "width": width, "height": height,
                                                            "scale": 1}})
        pathlib.Path(path).write_bytes(base64.b64decode(shot["data"]))
        self.cdp("Emulation.clearDeviceMetricsOverride", {})

    def quit(self):
        try:
            self.command("DELETE", "")
        finally:
            self.process.terminate()
            self.process.wait(timeout=30)
            shutil.rmtree(self.profile, ignore_errors=True)


# What the page shows after its script ran: counted from the DOM, not from the HTML text.
PAGE_STATE = """
const visible = e => e.getClientRects().length > 0;
const findings = [...document.querySelectorAll('.finding')];
return {
  segments: document.querySelectorAll('.seg').length,
  visibleSegments: [...document.querySelectorAll('.seg')].filter(visible).length,
  emptyCells: document.querySelectorAll('.side.empty').length,
  findings: findings.map(f => ({check: f.dataset.check, severity: f.dataset.severity, visible: visible(f)})),
  // The lit text of each finding on each side: a finding's span may be cut into pieces by facts inside it
  // (an omitted sentence holding a number), so pieces are joined back per finding and side.
  litParts: Object.values([...document.querySelectorAll('.bad')].filter(p => !p.classList.contains('off'))
             .reduce((parts, p) => {
               const side = [...document.querySelectorAll('.side')].indexOf(p.closest('.side'));
               for (const id of p.dataset.findings.split(' ')) {
                 const key = id + '@' + side;
                 parts[key] = (parts[key] || '') + p.textContent;
               }
               return parts;
             }, {})),
  facts: document.querySelectorAll('.fact[data-key]').length,
  shown: document.getElementById('shown').textContent,
  indexLinks: document.querySelectorAll('.index a[href^="#doc-"]').length,
  injected: window.concordInjected === undefined ? null : window.concordInjected,
  summaryFirst: document.querySelector('.top').getBoundingClientRect().top <
                document.querySelector('main').getBoundingClientRect().top,
};
"""


def findings_of(report):
    return [f for d in report["documents"] for s in d["segments"] for f in s["findings"]] + \
           [f for d in report["documents"] for f in d["findings"]]


class HtmlReportInBrowser(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        OUT.mkdir(parents=True, exist_ok=True)
        cls.browser = WebDriver()

    @classmethod
    def tearDownClass(cls):
        cls.browser.quit()

    def report_of(self, source, target, name):
        html, json_report = OUT / f"{name}.html", OUT / f"{name}.json"
        for path, format_ in ((html, "html"), (json_report, "json")):
            result = subprocess.run([CONCORD, "check", str(source.relative_to(ROOT)), str(target.relative_to(ROOT)),
                                     "--format", format_, "-o", str(path.resolve()), "--fail-on", "never"],
                                    capture_output=True, text=True, cwd=ROOT)
            self.assertEqual(result.returncode, 0, result.stderr)
        return html, json.loads(json_report.read_text(encoding="utf-8"))

    def test_bundled_corpora_show_every_segment_and_light_up_every_mismatch(self):
        pairs = [(uk, uk.with_name(uk.name.replace(".uk.txt", suffix)))
                 for uk in sorted((ROOT / "corpora").glob("*.uk.txt")) for suffix in (".en.txt", ".flawed.en.txt")]
        pairs = [(uk, en) for uk, en in pairs if en.exists()]
        self.assertTrue(pairs, "no bundled corpora")
        for source, target in pairs:
            with self.subTest(target=target.name):
                html, report = self.report_of(source, target, target.name.replace(".txt", ""))
                self.browser.open(html)
                state = self.browser.run(PAGE_STATE)
                segments = report["documents"][0]["segments"]
                expected = findings_of(report)
                self.assertEqual(state["segments"], len(segments))
                self.assertEqual(state["visibleSegments"], len(segments))
                self.assertEqual(state["emptyCells"], sum(1 for s in segments for side in ("source", "target")
                                                           if s[side]["line"] is None))
                self.assertEqual(len(state["findings"]), len(expected))
                self.assertEqual(state["shown"], str(len(expected)))
                self.assertEqual(state["facts"], sum(len(s[side]["facts"]) for s in segments
                                                     for side in ("source", "target")))
                lit = sorted(state["litParts"])
                excerpts = sorted(f[side]["text"] for f in expected for side in ("source", "target") if f[side])
                self.assertEqual(lit, excerpts)
                self.assertTrue(state["summaryFirst"])
        flawed = OUT / "energy-prices.flawed.en.html"
        if flawed.exists():
            self.browser.open(flawed)
            self.browser.screenshot(OUT / "report-1280.png", 1280)
            self.browser.screenshot(OUT / "report-phone.png", 390)

    def synthetic_page(self):
        """Several documents, every severity, an omission, a failed document, markup in the text."""
        result = subprocess.run([UNIT_TESTS, "--test-case=the synthetic reports are written*"],
                                env={**os.environ, "CONCORD_SYNTHETIC_DIR": str(OUT)}, capture_output=True, text=True)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        page = OUT / "synthetic.html"
        self.assertTrue(page.exists())
        return page

    def test_the_filter_hides_a_severity_and_a_check(self):
        self.browser.open(self.synthetic_page())
        before = self.browser.run(PAGE_STATE)
        self.assertEqual(before["segments"], 5)
        self.assertEqual(before["indexLinks"], 3)
        self.assertEqual(before["emptyCells"], 1)
        self.assertIsNone(before["injected"], "a <script> in a segment ran")
        self.assertEqual(sorted(f["severity"] for f in before["findings"]), ["error", "info", "warning", "warning"])
        self.assertTrue(all(f["visible"] for f in before["findings"]))

        self.browser.click('input[data-severity="warning"]')
        after = self.browser.run(PAGE_STATE)
        for f in after["findings"]:
            self.assertEqual(f["visible"], f["severity"] != "warning", f)
        self.assertEqual(after["shown"], "2")

        self.browser.click('input[data-check="number"]')
        after = self.browser.run(PAGE_STATE)
        self.assertEqual([f["check"] for f in after["findings"] if f["visible"]], ["name"])
        self.assertEqual(after["litParts"], ["<script>"], "the hidden number finding lost its colour")

        self.browser.click("#only-findings")
        after = self.browser.run(PAGE_STATE)
        self.assertEqual(after["visibleSegments"], 1)
        self.browser.screenshot(OUT / "synthetic-report-1280.png", 1280)
        for selector in ('input[data-severity="warning"]', 'input[data-check="number"]', "#only-findings"):
            self.browser.click(selector)
        self.assertEqual(self.browser.run(PAGE_STATE)["shown"], "4")

    def test_hovering_a_fact_outlines_its_counterpart(self):
        self.browser.open(self.synthetic_page())
        self.browser.hover('.side[lang="uk"] .fact[data-key="kyiv"]')
        linked = self.browser.run("""return [...document.querySelectorAll('.fact.linked')]
                                     .map(f => f.closest('.side').getAttribute('lang') + ':' + f.textContent);""")
        self.assertEqual(sorted(linked), ["en:Kyiv", "uk:Київ"])
        self.browser.hover("h1")
        self.assertEqual(self.browser.run("return document.querySelectorAll('.fact.linked').length"), 0)


if __name__ == "__main__":
    unittest.main(verbosity=2)
