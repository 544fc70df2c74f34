"""`hoptac serve` end to end in a real headless browser: Chromium and its driver (system
packages, `apt-get install chromium chromium-driver`; .ci/run installs them) started by the
test open the page, see the timeline, apply a pair filter with the keyboard and download an
export. What the browser received is read from its WebSocket (the terminal is drawn on a
canvas, not in the page's text); the export is the file the browser downloaded."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from app_support import build_fixture_db

HOPTAC = Path(sys.executable).parent / "hoptac"
DEADLINE = 60.0
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")

# wraps the page's WebSocket: every message the app sends is kept, as text
RECORDER = """
(() => {
  window.__received = [];
  const Real = window.WebSocket;
  window.WebSocket = function (...args) {
    const ws = new Real(...args);
    ws.addEventListener("message", (e) => {
      if (typeof e.data === "string") { window.__received.push(e.data); return; }
      const keep = (buf) => window.__received.push(new TextDecoder("utf-8").decode(new Uint8Array(buf)));
      if (e.data instanceof Blob) { e.data.arrayBuffer().then(keep); } else { keep(e.data); }
    });
    return ws;
  };
  window.WebSocket.prototype = Real.prototype;
  Object.assign(window.WebSocket, Real);
})();
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path: Path):
    db = build_fixture_db(tmp_path / "hoptac.json")
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NO_COLOR", "TEXTUAL"))}
    env.update(HOPTAC_CONFIG=str(tmp_path / "config.toml"), LANG="C.UTF-8", LC_ALL="C.UTF-8", HOME=str(tmp_path))
    proc = subprocess.Popen([str(HOPTAC), "--db", str(db), "serve", "--port", str(port)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}/"
    end = time.monotonic() + DEADLINE
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    break
        except OSError:
            if proc.poll() is not None or time.monotonic() > end:
                proc.kill()
                raise AssertionError(f"hoptac serve did not start: {proc.stdout.read().decode(errors='replace')}")
            time.sleep(0.2)
    try:
        yield url
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


@pytest.fixture
def browser(tmp_path: Path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    assert chromium and driver_path, "needs Chromium and its driver: apt-get install chromium chromium-driver"
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,800"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": RECORDER})
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    try:
        yield driver, downloads
    finally:
        driver.quit()


def received(driver, since: int = 0) -> str:
    chunks = driver.execute_script("return window.__received || [];")
    return ANSI.sub("", "".join(chunks[since:]))


def wait_for(driver, text: str, since: int = 0) -> str:
    end = time.monotonic() + DEADLINE
    seen = ""
    while time.monotonic() < end:
        seen = received(driver, since)
        if text in seen:
            return seen
        time.sleep(0.2)
    raise AssertionError(f"the browser never received {text!r}; it got: {seen[-2000:]!r}")


def test_serve_in_a_real_browser(server: str, browser) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    driver, downloads = browser
    driver.get(server)
    start = driver.find_elements(By.ID, "start")
    if start and start[0].is_displayed():
        start[0].click()
    wait_for(driver, "All 19 events")  # the timeline, drawn in the browser
    wait_for(driver, "Lào Cai – Yên Bái")

    # keys go to the terminal's input (xterm.js's hidden textarea), as a user's typing does
    driver.find_element(By.ID, "terminal").click()
    area = driver.find_element(By.CSS_SELECTOR, ".xterm-helper-textarea")

    def keys(*presses: str) -> None:
        for k in presses:
            area.send_keys(k)
            time.sleep(0.15)

    mark = len(driver.execute_script("return window.__received;"))
    keys("p")
    wait_for(driver, "first province", mark)
    keys(*"lao cai", Keys.ENTER)
    wait_for(driver, "any partner", mark)
    keys(*"yen bai", Keys.ENTER)
    wait_for(driver, "6 of 19 events", mark)  # the pair filter applied

    keys("e")
    wait_for(driver, "Download 6 events", mark)
    keys(Keys.ENTER)
    end = time.monotonic() + DEADLINE
    files: list[Path] = []
    while time.monotonic() < end:
        files = [p for p in downloads.iterdir() if p.suffix == ".json"]
        if files:
            break
        time.sleep(0.2)
    assert files, f"no download in {downloads}: {list(downloads.iterdir())}"
    doc = json.loads(files[0].read_text(encoding="utf-8"))
    assert files[0].name.startswith("hoptac-export-lao-cai-yen-bai")
    assert doc["count"] == 6 and len(doc["events"]) == 6
    assert all({"Lào Cai", "Yên Bái"} <= {p["province"] for p in e["parties"]} for e in doc["events"])


def test_serve_warns_when_not_on_localhost(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from click.testing import CliRunner
    from hoptac.tui.cli import main
    from textual_serve import server as ts

    started: list[tuple[str, str, int]] = []

    def fake_serve(self, debug: bool = False) -> None:  # noqa: ANN001
        started.append((self.command, self.host, self.port))

    monkeypatch.setattr(ts.Server, "serve", fake_serve)
    db = build_fixture_db(tmp_path / "hoptac.json")
    runner = CliRunner()
    local = runner.invoke(main, ["--db", str(db), "serve", "--pair", "lao cai,yen bai"])
    assert local.exit_code == 0, local.output
    assert "warning" not in local.output and "http://127.0.0.1:8000" in local.output
    command, host, port = started[-1]
    assert host == "127.0.0.1" and port == 8000
    assert "browse" in command and "--pair" in command and str(db) in command
    public = runner.invoke(main, ["--db", str(db), "serve", "--host", "0.0.0.0", "--port", "8080"])
    assert public.exit_code == 0
    assert "warning: serving on 0.0.0.0:8080" in public.output and started[-1][1:] == ("0.0.0.0", 8080)
    bad = runner.invoke(main, ["--db", str(db), "serve", "--since", "2019-13"])
    assert bad.exit_code == 2 and len(started) == 2  # a wrong filter: one line, nothing served
