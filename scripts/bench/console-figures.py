#!/usr/bin/env python3
"""The console's figures for issue 11, measured in real tmux on a copy of a ledger.

    console-figures.py DUTYDESK LEDGER [--runs N] [--search TEXT]

DUTYDESK is a release binary, LEDGER one from make-ledger.py (copied into a scratch folder beside
it, so the original stays as generated). Each run starts `dutydesk console` in a 120×40 tmux
session and prints, by polling the screen (never a fixed sleep):
  first frame  from spawning the console until a case code is on screen;
  key j        from sending `j` until the selection marker ▶ has moved;
  search char  for each of the search's characters, until the typed text is on screen;
  idle CPU     user + system ticks over 10 s of /proc/PID/stat, as % of one core;
  follow add   from `dutydesk add` exiting until the console's 全部 count has grown;
  peak memory  VmHWM of the console.
Medians over the runs go on the last lines. Standard library only.
"""
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def main():
    args = sys.argv[1:]
    runs, search = 3, "城关镇锦绣"
    if "--runs" in args:
        i = args.index("--runs")
        runs = int(args[i + 1])
        del args[i:i + 2]
    if "--search" in args:
        i = args.index("--search")
        search = args[i + 1]
        del args[i:i + 2]
    if len(args) != 2:
        sys.exit(__doc__)
    binary, source = os.path.abspath(args[0]), args[1]
    scratch = tempfile.mkdtemp(prefix="console-figures-", dir=os.path.dirname(os.path.abspath(source)))
    try:
        ledger = os.path.join(scratch, "ledger.jsonl")
        shutil.copyfile(source, ledger)
        os.chmod(ledger, 0o640)
        env = {"PATH": os.environ["PATH"], "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TZ": "Asia/Shanghai",
               "HOME": scratch, "XDG_STATE_HOME": scratch + "/state", "XDG_DATA_HOME": scratch + "/data",
               "DUTYDESK_OPERATOR": "bench", "TERM": "screen-256color"}
        figures = {}
        for run in range(runs):
            for name, value in measure(binary, ledger, scratch, env, search, run).items():
                figures.setdefault(name, []).append(value)
                print(f"run {run + 1}: {name} {value:.4f}", flush=True)
        for name, values in figures.items():
            print(f"median {name}: {statistics.median(values):.4f}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


class Session:
    def __init__(self, scratch, env, command):
        self.socket = os.path.join(scratch, "tmux.sock")
        self.env = env
        exports = " ".join(f"{k}='{v}'" for k, v in env.items())
        self.tmux("new-session", "-d", "-s", "bench", "-x", "120", "-y", "40", f"exec env -i {exports} {command}")
        self.tmux("set-option", "-t", "bench", "remain-on-exit", "on")
        self.pid = int(self.tmux("display-message", "-p", "#{pane_pid}").strip())

    def tmux(self, *words):
        return subprocess.run(["tmux", "-S", self.socket, *words], check=True, capture_output=True, text=True).stdout

    def screen(self):
        return self.tmux("capture-pane", "-p", "-t", "bench")

    def wait(self, condition, timeout=120):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if condition(screen):
                return time.monotonic(), screen
        raise SystemExit("console-figures: the screen never showed what was awaited:\n" + self.screen())

    def ticks(self):
        with open(f"/proc/{self.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])

    def peak_kib(self):
        with open(f"/proc/{self.pid}/status") as f:
            return int(re.search(r"VmHWM:\s+(\d+)", f.read()).group(1))

    def close(self):
        subprocess.run(["tmux", "-S", self.socket, "kill-server"], capture_output=True)
        for _ in range(300):
            if not os.path.exists(f"/proc/{self.pid}"):
                return
            time.sleep(0.01)
        os.kill(self.pid, 9)


def marker_row(screen):
    return next((i for i, line in enumerate(screen.splitlines()) if line.startswith("▶")), None)


def all_count(screen):
    match = re.search(r"(?:全部|All) (\d+)", screen)
    return int(match.group(1)) if match else None


def measure(binary, ledger, scratch, env, search, run):
    started = time.monotonic()
    session = Session(scratch, env, f"{binary} console --log {ledger}")
    try:
        shown, screen = session.wait(lambda s: "YQ-" in s and marker_row(s) is not None)
        figures = {"first frame s": shown - started}
        # Let a start-up's leftover work (the search's preparation) finish before timing keys.
        time.sleep(1.5)
        before = marker_row(session.screen())
        sent = time.monotonic()
        session.tmux("send-keys", "-t", "bench", "j")
        moved, _ = session.wait(lambda s: marker_row(s) not in (None, before))
        figures["key j s"] = moved - sent
        session.tmux("send-keys", "-t", "bench", "/")
        session.wait(lambda s: marker_row(s) is not None or "/" in s.splitlines()[-1])
        times = []
        for count in range(1, len(search) + 1):
            sent = time.monotonic()
            session.tmux("send-keys", "-t", "bench", "-l", search[count - 1])
            typed, _ = session.wait(lambda s: search[:count] in s.splitlines()[-1])
            times.append(typed - sent)
        figures["search char s (median)"] = statistics.median(times)
        figures["search 5 chars s (total)"] = sum(times)
        session.tmux("send-keys", "-t", "bench", "Escape")
        time.sleep(0.5)
        ticks = session.ticks()
        time.sleep(10)
        figures["idle CPU % of a core"] = (session.ticks() - ticks) / os.sysconf("SC_CLK_TCK") / 10 * 100
        count = all_count(session.screen())
        subprocess.run([binary, "add", "--log", ledger, "--title", f"基准测试新增事件{run}", "--locality", "城关镇"],
                       env=env, check=True, capture_output=True)
        added = time.monotonic()
        followed, _ = session.wait(lambda s: (all_count(s) or 0) > count)
        figures["follow add s"] = followed - added
        figures["peak memory MiB"] = session.peak_kib() / 1024
        return figures
    finally:
        session.close()


if __name__ == "__main__":
    main()
