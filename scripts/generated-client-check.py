#!/usr/bin/env python3
"""Checks that a common generator makes a whole client from openapi.yaml: openapi-python-client must generate every
operation without a warning (only /openapi.yaml's YAML answer is beyond it), and boolean filters must come out as
`bool` parameters, so that integrators who generate their client get what the contract promises. The generator runs
with scripts/openapi-python-client.yaml, which sends the imports' CSV and JSON Lines bodies as they are.
"""

import importlib
import inspect
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[1]
GENERATOR = pathlib.Path(sys.executable).parent / "openapi-python-client"

with tempfile.TemporaryDirectory() as folder:
    output = pathlib.Path(folder) / "samordna_client"
    run = subprocess.run(
        [
            str(GENERATOR),
            "generate",
            "--path",
            str(ROOT / "openapi.yaml"),
            "--meta",
            "none",
            "--config",
            str(ROOT / "scripts/openapi-python-client.yaml"),
            "--output-path",
            str(output),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    text = run.stdout + run.stderr
    warnings = [line for line in text.splitlines() if line.startswith(("WARNING", "Unable"))]
    unexpected = [line for line in warnings if line != "WARNING parsing GET /openapi.yaml within service."]
    if run.returncode != 0 or unexpected:
        print(text)
        sys.exit(f"openapi-python-client could not generate the whole client: {unexpected or run.returncode}")
    sys.path.insert(0, folder)
    actions = importlib.import_module("samordna_client.api.collaboration.list_follow_up_actions")
    seats = importlib.import_module("samordna_client.api.collaboration.list_forum_memberships")
    for function, name in ((actions.sync_detailed, "overdue"), (seats.sync_detailed, "current")):
        annotation = str(inspect.signature(function).parameters[name].annotation)
        if "bool" not in annotation:
            sys.exit(f"{name} is generated as {annotation}, not bool")
    operations = len(list((output / "api").rglob("*.py"))) - len(list((output / "api").rglob("__init__.py")))
    print(f"openapi-python-client: {operations} operations generated, boolean filters are bool")
