"""Drives a command in a real pseudo-terminal, for the wizard's end-to-end tests.

Reads a JSON object on stdin: {"argv": [...], "env": {...}, "steps": [{"expect": text,
"send": keys, "signal": number}, ...], "timeout": seconds, "size": [rows, columns] (optional,
the terminal's size)}. Each step waits until `expect` appears in the screen output (escape
sequences removed) after the previous match, then types `send`.
Prints a JSON object: {"status": exit code or null, "output": text, "raw": the bytes as
written (UTF-8, escape sequences kept), "failed": step or null}.
"""
import fcntl, json, os, pty, re, select, signal, struct, sys, termios, time

ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>78]|\r")

def main():
    spec = json.load(sys.stdin)
    timeout = spec.get("timeout", 20)
    pid, fd = pty.fork()
    if pid == 0:
        if spec.get("cwd"):
            os.chdir(spec["cwd"])
        if spec.get("size"):
            # The terminal's size, as a terminal window sets it before the program starts.
            rows, columns = spec["size"]
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        os.execvpe(spec["argv"][0], spec["argv"], spec["env"])
    raw = b""
    position = 0
    failed = None

    def read(wait):
        nonlocal raw
        ready, _, _ = select.select([fd], [], [], wait)
        if not ready:
            return True
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return False
        if not chunk:
            return False
        raw += chunk
        return True

    def screen():
        return ANSI.sub("", raw.decode("utf-8", "replace"))

    for index, step in enumerate(spec["steps"]):
        deadline = time.time() + timeout
        found = -1
        while time.time() < deadline:
            found = screen().find(step["expect"], position)
            if found >= 0:
                break
            if not read(0.1):
                break
        if found < 0:
            found = screen().find(step["expect"], position)
        if found < 0:
            failed = {"index": index, "expect": step["expect"]}
            break
        position = found + len(step["expect"])
        # Let the prompt finish drawing before typing, as a person would.
        time.sleep(0.05)
        while read(0.02):
            if not select.select([fd], [], [], 0)[0]:
                break
        if step.get("send"):
            os.write(fd, step["send"].encode("utf-8"))
        if step.get("signal"):
            os.kill(pid, step["signal"])
    status = None
    if failed is not None:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    else:
        deadline = time.time() + timeout
        while time.time() < deadline:
            done, code = os.waitpid(pid, os.WNOHANG)
            if done:
                status = os.waitstatus_to_exitcode(code)
                break
            read(0.1)
        else:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        while read(0.05):
            if not select.select([fd], [], [], 0)[0]:
                break
    print(json.dumps({"status": status, "output": screen(), "raw": raw.decode("utf-8", "replace"), "failed": failed}))

main()
