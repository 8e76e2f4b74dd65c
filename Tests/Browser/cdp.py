"""A small client for Chromium's DevTools protocol over --remote-debugging-pipe (stdlib only).

Chromium reads commands from fd 3 and writes replies and events to fd 4, one JSON message per
NUL-terminated chunk. One Browser owns one headless Chromium; Page is one tab attached with a
flat session, so every command names its session and replies can be matched by id.
"""
import json
import os
import select
import shutil
import subprocess
import tempfile


class ProtocolError(RuntimeError):
    pass


class Browser:
    def __init__(self, executable="chromium"):
        self.profile = tempfile.mkdtemp(prefix="lstmbook-chromium-")
        # Our ends: we write commands into to_child, read replies from from_child.
        child_in, self._to_child = os.pipe()
        self._from_child, child_out = os.pipe()

        def wire_fds():
            # Chromium expects the pipe on fds 3 (its input) and 4 (its output). Copy both ends
            # out of the way first, in case either already sits on 3 or 4.
            high_in, high_out = os.dup(child_in), os.dup(child_out)
            os.dup2(high_in, 3)
            os.dup2(high_out, 4)

        self.process = subprocess.Popen(
            [executable, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
             "--no-default-browser-check", "--mute-audio", "--remote-debugging-pipe",
             "--user-data-dir=" + self.profile, "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            pass_fds=(3, 4), preexec_fn=wire_fds)
        os.close(child_in)
        os.close(child_out)
        self._buffer = b""
        self._next_id = 0
        self.events = []

    def _read_message(self, timeout=30):
        while b"\0" not in self._buffer:
            if not select.select([self._from_child], [], [], timeout)[0]:
                raise ProtocolError(f"chromium said nothing for {timeout} s")
            chunk = os.read(self._from_child, 1 << 20)
            if not chunk:
                raise ProtocolError("chromium closed the DevTools pipe (did it start?)")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def send(self, method, params=None, session=None):
        """Sends one command and returns its result; events that arrive meanwhile are queued."""
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_child, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._read_message()
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise ProtocolError(f"{method}: {reply['error'].get('message')}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, method, session=None):
        """Returns (and removes) the first queued or incoming event called `method`."""
        while True:
            for k, event in enumerate(self.events):
                if event.get("method") == method and (session is None or event.get("sessionId") == session):
                    return self.events.pop(k)
            self.events.append(self._read_message())

    def new_page(self):
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        return Page(self, target, session)

    def close(self):
        try:
            self.send("Browser.close")
        except (ProtocolError, OSError):
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._to_child)
        os.close(self._from_child)
        shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class Page:
    def __init__(self, browser, target, session):
        self.browser, self.target, self.session = browser, target, session
        self.send("Page.enable")
        self.send("Runtime.enable")
        self.send("Network.enable")
        self.requests = []
        self.url = "about:blank"

    def send(self, method, params=None):
        return self.browser.send(method, params, self.session)

    def emulate(self, width, height=900, dark=False, javascript=True):
        """A viewport of `width` CSS px (a phone's when narrow), a colour scheme, scripts on or off."""
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
        self.send("Emulation.setEmulatedMedia",
                  {"features": [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]})
        self.send("Emulation.setScriptExecutionDisabled", {"value": not javascript})

    def goto(self, url):
        """Loads `url` and waits for its load event; records every request it made."""
        self.browser.events = [e for e in self.browser.events if e.get("sessionId") != self.session]
        # A URL differing only in its fragment would be a same-page jump with no load event.
        if url.split("#")[0] == self.url.split("#")[0]:
            self.send("Page.navigate", {"url": "about:blank"})
            self.browser.wait_for("Page.loadEventFired", self.session)
            self.browser.events = [e for e in self.browser.events if e.get("sessionId") != self.session]
        self.send("Page.navigate", {"url": url})
        self.url = url
        self.browser.wait_for("Page.loadEventFired", self.session)
        self.requests = [e["params"]["request"]["url"] for e in self.browser.events
                         if e.get("sessionId") == self.session and e.get("method") == "Network.requestWillBeSent"]

    def evaluate(self, expression):
        """The value of a JavaScript expression (awaited if it is a promise), as JSON."""
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            raise ProtocolError(f"page script failed: {text}")
        return result["result"].get("value")

    def screenshot(self, path, full_page=True):
        import base64
        params = {"format": "png"}
        if full_page:
            size = self.send("Page.getLayoutMetrics")["cssContentSize"]
            params["clip"] = {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1}
            params["captureBeyondViewport"] = True
        data = self.send("Page.captureScreenshot", params)["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))
