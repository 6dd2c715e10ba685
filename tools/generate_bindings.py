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

A team that needs more alicloud types than ours adds them with
``--extra-types`` (resource names as they are, data sources as
``data.<name>``) or ``--extra-types-file`` (a TOML file with ``resources``
and ``data_sources`` lists, as ``bindings/types.toml``). They are merged with
ours into the same package and the same single jsii assembly ``alicloud``,
so the team's and our constructs share one set of classes. Names not in the
provider schema are refused. See docs/bindings.md.

    python tools/generate_bindings.py                  # regenerate in place
    python tools/generate_bindings.py --out DIR        # generate into DIR instead
    python tools/generate_bindings.py --cdk terrain    # CDK Terrain bindings
    python tools/generate_bindings.py --extra-types "alicloud_oss_bucket data.alicloud_oss_buckets"
    python tools/generate_bindings.py --extra-types-file bindings/types.local.toml
    python tools/generate_bindings.py --list-types     # every name the schema offers
"""

from __future__ import annotations

import argparse
import difflib
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
DATA_PREFIX = "data."
KINDS = (("resources", "resource_schemas"), ("data_sources", "data_source_schemas"))


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


def parse_extra_types(words: list[str]) -> dict[str, list[str]]:
    """``alicloud_x`` and ``data.alicloud_y`` (space or comma separated) by kind."""
    extra: dict[str, list[str]] = {"resources": [], "data_sources": []}
    for word in " ".join(words).replace(",", " ").split():
        if word.startswith(DATA_PREFIX):
            extra["data_sources"].append(word.removeprefix(DATA_PREFIX))
        else:
            extra["resources"].append(word)
    return extra


def read_extra_types_file(path: Path, ours: dict[str, Any]) -> dict[str, list[str]]:
    """The ``resources`` and ``data_sources`` lists of a TOML file shaped like types.toml."""
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as err:
        raise SystemExit(f"cannot read the extra types file {path}: {err.strerror}") from err
    except tomllib.TOMLDecodeError as err:
        raise SystemExit(f"{path} is not valid TOML: {err}") from err
    stray = sorted(set(data) - {"provider", "version", "resources", "data_sources"})
    if stray:
        raise SystemExit(f"{path}: unknown keys {stray}; list types in resources, data_sources")
    for key in ("provider", "version"):
        if data.get(key, ours[key]) != ours[key]:
            raise SystemExit(f"{path}: {key} is {data[key]!r}; the bindings are for {ours[key]!r}")
    for key, _ in KINDS:
        names = data.get(key, [])
        if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
            raise SystemExit(f"{path}: {key} must be a list of type names")
    return {key: data.get(key, []) for key, _ in KINDS}


def merge_types(ours: dict[str, Any], *extras: dict[str, list[str]]) -> dict[str, Any]:
    """Our types plus the extra ones, each name once, sorted."""
    merged = dict(ours)
    for key, _ in KINDS:
        merged[key] = sorted({*ours[key], *(name for extra in extras for name in extra[key])})
    return merged


def unknown_types(provider: dict[str, Any], types: dict[str, Any]) -> list[str]:
    """One line for each requested name the provider schema does not have."""
    problems = []
    for key, kind in KINDS:
        is_data = key == "data_sources"
        for name in types[key]:
            if name in provider[kind]:
                continue
            shown = DATA_PREFIX + name if is_data else name
            line = f"unknown {'data source' if is_data else 'resource'} type {shown!r}"
            other_kind = "resource_schemas" if is_data else "data_source_schemas"
            close = difflib.get_close_matches(name, list(provider[kind]), n=3)
            if name in provider[other_kind]:
                line += f": it is a {'resource' if is_data else 'data source'}, so write "
                line += repr(name if is_data else DATA_PREFIX + name)
            elif close:
                prefix = DATA_PREFIX if is_data else ""
                line += f": did you mean {', '.join(prefix + c for c in close)}?"
            problems.append(line)
    return problems


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
    problems = unknown_types(provider, types)
    if problems:
        raise SystemExit(
            "\n".join(problems)
            + f"\nvalid names are the keys of resource_schemas and data_source_schemas in the"
            f" provider schema of {types['provider']} {types['version']}"
            " (../shared/provider-schema, or `terraform providers schema -json`);"
            " `python tools/generate_bindings.py --list-types` prints them"
        )

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
    parser.add_argument(
        "--extra-types",
        action="append",
        default=[],
        metavar="NAMES",
        help="more types to bind besides ours: alicloud_x for a resource, data.alicloud_y"
        " for a data source (space or comma separated; may be repeated)",
    )
    parser.add_argument(
        "--extra-types-file",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="a TOML file with resources and data_sources lists, merged with ours",
    )
    parser.add_argument(
        "--list-types", action="store_true", help="print every type name the schema has"
    )
    args = parser.parse_args(argv)
    generator = GENERATORS[args.cdk]
    out = args.out or generator.dist_dir
    ours = load_types()
    extras = [read_extra_types_file(path, ours) for path in args.extra_types_file]
    types = merge_types(ours, parse_extra_types(args.extra_types), *extras)
    try:
        full = find_schema(types, args.schema)
    except SchemaUnavailable as err:
        wanted = SHARED_SCHEMA_DIR / f"{schema_cache_key(types)}.json"
        print(
            f"cannot regenerate the bindings: {err}; no schema file at {wanted}: put the "
            "provider schema there (`terraform providers schema -json` where the provider can "
            "be downloaded), or give it with --schema FILE (make terrain-bindings SCHEMA=FILE)",
            file=sys.stderr,
        )
        return 3
    if args.list_types:
        provider = full[SCHEMAS_KEY][f"registry.terraform.io/{types['provider']}"]
        print("\n".join(sorted(provider["resource_schemas"])))
        print("\n".join(DATA_PREFIX + name for name in sorted(provider["data_source_schemas"])))
        return 0
    schema = filter_schema(full, types)  # refuses unknown names before anything is written
    out.mkdir(parents=True, exist_ok=True)
    run_generator(schema, types, out, generator)
    added = [
        *(n for n in types["resources"] if n not in ours["resources"]),
        *(DATA_PREFIX + n for n in types["data_sources"] if n not in ours["data_sources"]),
    ]
    print(
        f"generated {generator.package} for {types['provider']} {types['version']} into {out}"
        + (f" with the extra types {', '.join(added)}" if added else "")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
