#!/usr/bin/env python3
"""Regenerate the expected outputs (.out / .err files) of the differential tests in tests/py with CPython.

Usage: python3 tests/regen.py [paths...]

Every ``*.py`` file directly inside an area folder of tests/py (tests/py/<area>/<name>.py)
is a test, except files whose name starts with ``_`` (helper modules such as
``_helper.py``; helper packages are directories named ``_pkg/`` and are never
scanned).  Paths given on the command line may be test files or folders (an
area folder or tests/py itself); with no argument every test is regenerated.

For each NAME.py the script runs ``python3 NAME.py`` with the current directory
set to the script's own folder and the environment variables
PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8 and PYTHONDONTWRITEBYTECODE=1, with a
timeout of 60 seconds, and writes:

* NAME.out -- exactly the bytes written to stdout;
* NAME.err -- only when the exit status is non-zero: two lines, ``exit: <status>``
  and the last line of stderr (empty if stderr is empty).  When the status is 0
  any stale NAME.err is removed.
"""

import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "py")
TIMEOUT = 60


def find_python():
    exe = shutil.which("python3")
    if exe is None:
        sys.exit("regen.py: python3 not found on PATH")
    out = subprocess.run(
        [exe, "-c", "import sys; print(sys.implementation.name, *sys.version_info[:2])"],
        capture_output=True, text=True, check=True,
    ).stdout.split()
    if out != ["cpython", "3", "11"]:
        sys.exit("regen.py: python3 must be CPython 3.11, got %r" % (out,))
    return exe


def is_test(path):
    name = os.path.basename(path)
    return name.endswith(".py") and not name.startswith("_")


def tests_in_area(area_dir):
    return sorted(
        os.path.join(area_dir, n)
        for n in os.listdir(area_dir)
        if is_test(n) and os.path.isfile(os.path.join(area_dir, n))
    )


def collect(args):
    if not args:
        args = [ROOT]
    found = []
    for arg in args:
        p = os.path.abspath(arg)
        if os.path.isfile(p):
            if not is_test(p):
                sys.exit("regen.py: not a test script: %s" % arg)
            found.append(p)
        elif os.path.isdir(p):
            if os.path.normpath(p) == os.path.normpath(ROOT):
                for area in sorted(os.listdir(p)):
                    d = os.path.join(p, area)
                    if os.path.isdir(d) and not area.startswith(("_", ".")):
                        found.extend(tests_in_area(d))
            else:
                found.extend(tests_in_area(p))
        else:
            sys.exit("regen.py: no such file or directory: %s" % arg)
    return sorted(set(found))


def orphans(paths):
    """Expected-output files in the scanned folders whose test script is gone."""
    folders = sorted({os.path.dirname(p) for p in paths})
    found = []
    for folder in folders:
        for n in sorted(os.listdir(folder)):
            if n.endswith((".out", ".err")) and not os.path.exists(os.path.join(folder, n[:-4] + ".py")):
                found.append(os.path.join(folder, n))
    return found


def last_line(data):
    text = data.decode("utf-8", errors="replace").rstrip()
    if not text:
        return ""
    return text.splitlines()[-1]


def run_one(python, path):
    folder, name = os.path.split(path)
    base = path[:-3]
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    try:
        proc = subprocess.run(
            [python, name], cwd=folder, env=env, stdin=subprocess.DEVNULL,
            capture_output=True, timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        return path, "TIMEOUT"
    with open(base + ".out", "wb") as f:
        f.write(proc.stdout)
    err_path = base + ".err"
    if proc.returncode != 0:
        with open(err_path, "w", encoding="utf-8", newline="\n") as f:
            f.write("exit: %d\n%s\n" % (proc.returncode, last_line(proc.stderr)))
        return path, "exit %d" % proc.returncode
    if os.path.exists(err_path):
        os.remove(err_path)
    return path, "ok"


def main(argv):
    python = find_python()
    paths = collect(argv)
    failures = 0
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for path, status in pool.map(lambda p: run_one(python, p), paths):
            rel = os.path.relpath(path, ROOT)
            if status == "TIMEOUT":
                failures += 1
                print("%-60s TIMEOUT" % rel)
            elif status != "ok":
                print("%-60s %s" % (rel, status))
    for path in orphans(paths):
        print("warning: orphaned expected output (no test script): %s" % os.path.relpath(path, ROOT))
    print("regenerated %d test(s)" % len(paths))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
