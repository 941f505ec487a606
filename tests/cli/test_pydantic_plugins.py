"""The command line puts off pydantic's plugin loader, and a plugin still works when used."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import PLAN_2020, ROOT

PROBE = """\
import atexit, sys
atexit.register(lambda: sys.stderr.write("MODULES " + " ".join(sorted(sys.modules)) + "\\n"))
sys.argv = ["dakplan", *sys.argv[1:]]
from dakplan.cli import main
main()
"""

PLUGIN = """\
import sys

class Plugin:
    def new_schema_validator(self, schema, schema_type, schema_type_path, schema_kind, config,
                             plugin_settings):
        sys.stderr.write(f"PLUGIN SEES {schema_type_path.name}\\n")
        return None, None, None

plugin = Plugin()
"""

# A program using pydantic beside dakplan's command line (its own models, no switch set).
USER = """\
from dakplan.cli.pydantic_plugins import defer
defer()
from pydantic import BaseModel

class Mine(BaseModel):
    x: int

print(Mine(x=1).x)
"""


def _env(**more: str) -> dict[str, str]:
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
           "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"]}
    env.update(more)
    return env


def _installed_plugin(tmp_path: Path) -> str:
    """A folder holding a pydantic plugin as an installed package declares it."""
    (tmp_path / "myplugin.py").write_text(PLUGIN, encoding="utf-8")
    info = tmp_path / "myplugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: myplugin\nVersion: 1.0\n",
                                   encoding="utf-8")
    (info / "entry_points.txt").write_text("[pydantic]\nmine = myplugin:plugin\n",
                                           encoding="utf-8")
    return str(tmp_path)


def test_validate_does_not_import_the_plugin_machinery() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE, "validate", str(PLAN_2020)],
                            capture_output=True, text=True, cwd=ROOT, env=_env())
    assert result.returncode == 0
    modules = set(result.stderr.split("MODULES ", 1)[1].split())
    assert "pydantic" in modules
    assert "importlib.metadata" not in modules and "pydantic.plugin._loader" in modules


def test_validate_with_a_plugin_installed_prints_the_same(tmp_path: Path) -> None:
    # typer and dakplan build their validators with plugins off: the plugin is never asked.
    path = _installed_plugin(tmp_path)
    plain = subprocess.run([sys.executable, "-m", "dakplan", "validate", str(PLAN_2020)],
                           capture_output=True, text=True, cwd=ROOT, env=_env())
    with_plugin = subprocess.run([sys.executable, "-m", "dakplan", "validate", str(PLAN_2020)],
                                 capture_output=True, text=True, cwd=ROOT,
                                 env=_env(PYTHONPATH=path))
    assert (with_plugin.returncode, with_plugin.stdout, with_plugin.stderr) == (
        plain.returncode, plain.stdout, plain.stderr)


def test_a_validator_built_with_plugins_on_gets_them(tmp_path: Path) -> None:
    path = _installed_plugin(tmp_path)
    result = subprocess.run([sys.executable, "-c", USER], capture_output=True, text=True,
                            cwd=ROOT, env=_env(PYTHONPATH=path))
    assert (result.returncode, result.stdout) == (0, "1\n")
    assert result.stderr == "PLUGIN SEES Mine\n"
    off = subprocess.run([sys.executable, "-c", USER], capture_output=True, text=True,
                         cwd=ROOT, env=_env(PYTHONPATH=path, PYDANTIC_DISABLE_PLUGINS="mine"))
    assert (off.returncode, off.stdout, off.stderr) == (0, "1\n", "")


def test_the_loader_once_imported_is_pydantics_own(tmp_path: Path) -> None:
    code = USER + (
        "import sys, pydantic.plugin._loader as loader\n"
        "print(loader is sys.modules['pydantic.plugin._loader'], hasattr(loader, '_plugins'))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, env=_env())
    assert (result.returncode, result.stdout) == (0, "1\nTrue True\n")
