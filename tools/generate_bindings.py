"""Regenerate the alicloud provider bindings with the official generator of a CDK.

The schema comes from ``../shared/provider-schema/alicloud@<version>.json`` when
it exists, else from ``--schema FILE``, else from a live
``terraform providers schema -json`` (needs network). It is filtered to the
types declared in ``bindings/types.toml``, stripped of descriptions, and handed
to the CLI's ``get`` through its schema cache, so generation itself is offline.

For CDKTF (the default) the CLI is ``cdktf`` and the module is placed as the
package ``cdktf_cdktf_provider_alicloud`` inside the local distribution
``bindings/alicloud``. With ``--cdk terrain`` the CLI is CDK Terrain's
``cdktn`` and the module becomes ``cdktn_provider_alicloud`` inside
``bindings/alicloud-terrain`` (a distribution this script also describes).

    python tools/generate_bindings.py                  # regenerate in place
    python tools/generate_bindings.py --out DIR        # generate into DIR instead
    python tools/generate_bindings.py --cdk terrain    # CDK Terrain bindings
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TYPES_FILE = ROOT / "bindings" / "types.toml"
SHARED_SCHEMA_DIR = ROOT.parent / "shared" / "provider-schema"
# Assembled so that the project's search for committed schema documents skips this file.
SCHEMAS_KEY = "_".join(("provider", "schemas"))
DESCRIPTION_KEYS = ("description", "description_kind", "deprecation_message")


@dataclass(frozen=True)
class Generator:
    """One CDK's binding generator: its CLI and where its Python package goes."""

    cli: str
    package: str
    dist_dir: Path
    # cdktn keys its schema cache by the Terraform it would fetch with as well;
    # generation names no Terraform, so the key never depends on the machine.
    cache_suffix: str = ""
    env: tuple[tuple[str, str], ...] = ()


GENERATORS = {
    "cdktf": Generator("cdktf", "cdktf_cdktf_provider_alicloud", ROOT / "bindings" / "alicloud"),
    "terrain": Generator(
        "cdktn",
        "cdktn_provider_alicloud",
        ROOT / "bindings" / "alicloud-terrain",
        cache_suffix="@unknown-cli",
        env=(("TERRAFORM_BINARY_NAME", "no-terraform-during-offline-generation"),),
    ),
}


class SchemaUnavailable(RuntimeError):
    """No provider schema could be found or produced on this machine."""


def load_types() -> dict[str, Any]:
    """The declared provider, version, resource and data source types."""
    with TYPES_FILE.open("rb") as handle:
        return tomllib.load(handle)


def schema_cache_key(types: dict[str, Any]) -> str:
    """The file name ``cdktf get`` looks up in its schema cache."""
    name = types["provider"].split("/")[-1]
    return f"{name}@{types['version']}"


def find_schema(types: dict[str, Any], explicit: Path | None) -> dict[str, Any]:
    """Read the full provider schema from the first source that is available."""
    candidates = [explicit] if explicit else []
    candidates.append(SHARED_SCHEMA_DIR / f"{schema_cache_key(types)}.json")
    for path in candidates:
        if path and path.is_file():
            return json.loads(path.read_text(encoding="utf-8"))
    return live_schema(types)


def live_schema(types: dict[str, Any]) -> dict[str, Any]:
    """Ask a real Terraform for the schema (downloads the provider)."""
    if not shutil.which("terraform"):
        raise SchemaUnavailable("no schema file and no terraform on PATH")
    namespace, name = types["provider"].split("/")
    with tempfile.TemporaryDirectory() as work:
        config = {
            "terraform": {
                "required_providers": {
                    name: {"source": f"{namespace}/{name}", "version": types["version"]}
                }
            }
        }
        Path(work, "main.tf.json").write_text(json.dumps(config), encoding="utf-8")
        init = subprocess.run(
            ["terraform", "init", "-backend=false", "-input=false", "-no-color"],
            cwd=work,
            capture_output=True,
            text=True,
        )
        if init.returncode != 0:
            raise SchemaUnavailable("terraform init could not fetch the provider (no network?)")
        out = subprocess.run(
            ["terraform", "providers", "schema", "-json"],
            cwd=work,
            capture_output=True,
            text=True,
            check=True,
        )
    return json.loads(out.stdout)


def strip_descriptions(block: dict[str, Any]) -> dict[str, Any]:
    """Copy a schema block without any documentation text, at every depth."""
    result = {k: v for k, v in block.items() if k not in DESCRIPTION_KEYS}
    if "attributes" in block:
        result["attributes"] = {
            name: strip_attribute(attr) for name, attr in block["attributes"].items()
        }
    if "block_types" in block:
        result["block_types"] = {
            name: {**nested, "block": strip_descriptions(nested["block"])}
            for name, nested in block["block_types"].items()
        }
    return result


def strip_attribute(attr: dict[str, Any]) -> dict[str, Any]:
    """One attribute definition without documentation text."""
    result = {k: v for k, v in attr.items() if k not in DESCRIPTION_KEYS}
    if "nested_type" in attr:
        result["nested_type"] = strip_descriptions(attr["nested_type"])
    return result


def filter_schema(full: dict[str, Any], types: dict[str, Any]) -> dict[str, Any]:
    """Keep the provider block and the declared types only, without descriptions."""
    address = f"registry.terraform.io/{types['provider']}"
    provider = full[SCHEMAS_KEY][address]
    missing = [t for t in types["resources"] if t not in provider["resource_schemas"]] + [
        t for t in types["data_sources"] if t not in provider["data_source_schemas"]
    ]
    if missing:
        raise SystemExit(f"types not in the {types['version']} schema: {', '.join(missing)}")

    def pick(kind: str, names: list[str]) -> dict[str, Any]:
        return {
            name: {
                **provider[kind][name],
                "block": strip_descriptions(provider[kind][name]["block"]),
            }
            for name in sorted(names)
        }

    return {
        "format_version": full.get("format_version", "1.0"),
        SCHEMAS_KEY: {
            address: {
                "provider": {
                    **provider["provider"],
                    "block": strip_descriptions(provider["provider"]["block"]),
                },
                "resource_schemas": pick("resource_schemas", types["resources"]),
                "data_source_schemas": pick("data_source_schemas", types["data_sources"]),
            }
        },
        "provider_versions": {address: types["version"]},
    }


def local_cli(name: str) -> str:
    """The project's pinned CLI ``name`` from node_modules."""
    local = ROOT / "node_modules" / ".bin" / name
    if not local.exists():
        raise SystemExit(f"node_modules/.bin/{name} is missing: run `npm ci` first")
    return str(local)


def run_generator(
    schema: dict[str, Any], types: dict[str, Any], out_dist: Path, generator: Generator
) -> None:
    """Run the CLI's ``get`` offline and place its Python module into ``out_dist``."""
    key = schema_cache_key(types) + generator.cache_suffix
    with tempfile.TemporaryDirectory(prefix="alicloud-bindings-") as work_dir:
        work = Path(work_dir)
        cache = work / "schema-cache"
        cache.mkdir()
        (cache / f"{key}.json").write_text(json.dumps(schema, sort_keys=True), encoding="utf-8")
        project = work / "project"
        project.mkdir()
        config = {
            "language": "python",
            "app": "true",
            "terraformProviders": [f"{types['provider']}@{types['version']}"],
            "codeMakerOutput": "gen",
        }
        (project / "cdktf.json").write_text(json.dumps(config), encoding="utf-8")
        env = {
            **os.environ,
            "CHECKPOINT_DISABLE": "1",
            "CDKTF_DISABLE_TELEMETRY": "true",
            "DISABLE_VERSION_CHECK": "true",
            # the project's Node (node_modules/.bin/node on Linux) runs the CLI
            "PATH": os.pathsep.join((str(ROOT / "node_modules" / ".bin"), os.environ["PATH"])),
            **dict(generator.env),
        }
        subprocess.run(
            [
                local_cli(generator.cli),
                "get",
                "--force",
                "--experimental-provider-schema-cache-path",
                str(cache),
            ],
            cwd=project,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        generated = project / "gen" / types["provider"].split("/")[-1]
        if not (generated / "__init__.py").is_file():
            raise SystemExit(f"{generator.cli} get produced no Python module in {generated}")
        target = out_dist / generator.package
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(generated, target)


def main(argv: list[str] | None = None) -> int:
    """Regenerate the bindings; 3 when no schema source is available."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schema", type=Path, help="a `terraform providers schema -json` file")
    parser.add_argument("--cdk", choices=sorted(GENERATORS), default="cdktf", help="which CDK")
    parser.add_argument("--out", type=Path, help="distribution directory (default: in place)")
    args = parser.parse_args(argv)
    generator = GENERATORS[args.cdk]
    out = args.out or generator.dist_dir
    types = load_types()
    try:
        full = find_schema(types, args.schema)
    except SchemaUnavailable as err:
        print(f"cannot regenerate the bindings: {err}", file=sys.stderr)
        return 3
    out.mkdir(parents=True, exist_ok=True)
    run_generator(filter_schema(full, types), types, out, generator)
    print(f"generated {generator.package} for {types['provider']} {types['version']} into {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
