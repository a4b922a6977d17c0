# Starts a command in a pseudo-terminal and prints how many milliseconds passed until its
# output contains the marker (the first question of the wizard), then kills it.
import os, pty, re, select, signal, sys, time

marker = re.compile(sys.argv[1].encode())
argv = sys.argv[2:]
started = time.monotonic()
pid, fd = pty.fork()
if pid == 0:
    os.execvp(argv[0], argv)
seen = b''
deadline = started + 20
while time.monotonic() < deadline:
    ready, _, _ = select.select([fd], [], [], 0.05)
    if fd in ready:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        if marker.search(seen):
            print(round((time.monotonic() - started) * 1000, 2))
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            sys.exit(0)
os.kill(pid, signal.SIGKILL)
sys.stderr.write('marker not seen; output was: %r\n' % seen[-500:])
sys.exit(1)
