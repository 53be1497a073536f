"""Shared helpers for the compatibility checks: record a failed expectation, run a command."""
import subprocess

failures = []

def check(cond, msg):
    """Records (and prints) a failure when `cond` is false."""
    if not cond:
        failures.append(msg)
        print("FAIL:", msg)

def run(cmd, timeout=600):
    """Runs `cmd`, capturing its output as text."""
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
