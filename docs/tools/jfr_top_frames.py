#!/usr/bin/env python3
"""Top frames of a JFR recording's execution samples, for the requests whose handler a stack passes through.

    jfr print --json --events jdk.ExecutionSample node.jfr > samples.json
    python3 docs/tools/jfr_top_frames.py samples.json 'ReviewController.review' 'PositionController.'

For each handler pattern (a substring of "Class.method", class without its package), prints how many samples
passed through it, then the frames that hold the most of them: "self" counts the top frame of a sample,
"inclusive" every sample a frame is on (once per sample). Application frames (gov.clearance) and the libraries
they call are shown; the framework's plumbing between the handler and the servlet is what remains.
"""
import collections
import json
import sys


def frame_name(frame):
    method = frame["method"]
    type_name = method["type"]["name"].replace("/", ".")
    return type_name + "." + method["name"]


def short(name):
    parts = name.split(".")
    # the class and the method, with the package shortened to its initials
    return ".".join(p[0] for p in parts[:-2]) + "." + ".".join(parts[-2:]) if len(parts) > 2 else name


def main(path, patterns, top=25):
    with open(path) as file:
        events = json.load(file)["recording"]["events"]
    stacks = []
    for event in events:
        frames = event["values"]["stackTrace"]["frames"] if event["values"].get("stackTrace") else []
        stacks.append([frame_name(frame) for frame in frames])
    print(f"{len(stacks)} execution samples in all")
    for pattern in patterns:
        chosen = [stack for stack in stacks if any(pattern in short_class(name) for name in stack)]
        print()
        print(f"== {pattern}: {len(chosen)} samples ==")
        if not chosen:
            continue
        self_counts = collections.Counter(stack[0] for stack in chosen if stack)
        inclusive = collections.Counter()
        for stack in chosen:
            for name in set(stack):
                inclusive[name] += 1
        print("-- self (top frame) --")
        for name, count in self_counts.most_common(top):
            print(f"{count:6d} {100.0 * count / len(chosen):5.1f}%  {name}")
        print("-- inclusive, application frames (gov.clearance) --")
        shown = 0
        for name, count in inclusive.most_common():
            if name.startswith("gov.clearance.") and "$$" not in name:
                print(f"{count:6d} {100.0 * count / len(chosen):5.1f}%  {name}")
                shown += 1
                if shown == top:
                    break
        print("-- inclusive, library entry points (first frame of a library below an application frame) --")
        entries = collections.Counter()
        for stack in chosen:
            seen = set()
            # frames are innermost first; walk from the outside in
            for outer, inner in zip(reversed(stack), list(reversed(stack))[1:]):
                if outer.startswith("gov.clearance.") and not inner.startswith("gov.clearance."):
                    library = ".".join(inner.split(".")[:3])
                    if library not in seen:
                        seen.add(library)
                        entries[library] += 1
        for name, count in entries.most_common(top):
            print(f"{count:6d} {100.0 * count / len(chosen):5.1f}%  {name}")


def short_class(name):
    parts = name.split(".")
    return ".".join(parts[-2:])


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2:])
