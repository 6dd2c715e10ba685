# Two commands set up a fresh machine: `make synth` and `make test`.
# Each installs only what is missing and is quick when nothing is, printing one
# "setup:" line per step. `make synth` installs only what synthesis needs: the
# pinned Node and the cdktf CLI (npm ci --omit=dev), and .venv with the runtime
# part of requirements.txt. The test and lint tools, the CDK Terrain CLI,
# checkov (.venv-scan), CDK Terrain (.venv-terrain) and pdoc (.venv-docs) come
# with the targets that use them.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PY_STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
NODE_STAMP := node_modules/.installed
NODE_ALL_STAMP := node_modules/.installed-all
BINDINGS := bindings/alicloud
BINDINGS_STAMP_SRC := $(BINDINGS)/pyproject.toml $(BINDINGS)/cdktf_cdktf_provider_alicloud/_jsii/alicloud@0.0.0.jsii.tgz
export CHECKPOINT_DISABLE := 1
export CDKTF_DISABLE_TELEMETRY := true

# Node: on Linux x64/arm64 the Node 22 LTS binary pinned in package-lock.json (npm
# package node-linux-<arch>); elsewhere a system Node >= 22.19. The jsii runtime
# (JSII_NODE) and the CLIs (node_modules/.bin first on PATH) run on it.
NODE_PLATFORM := $(shell uname -s | tr A-Z a-z)-$(shell uname -m | sed -e s/x86_64/x64/ -e s/aarch64/arm64/)
ifneq ($(filter linux-x64 linux-arm64,$(NODE_PLATFORM)),)
PINNED_NODE := $(CURDIR)/node_modules/node-$(NODE_PLATFORM)/bin/node
export JSII_NODE := $(PINNED_NODE)
endif
NODE := $(or $(PINNED_NODE),node)
export PATH := $(CURDIR)/node_modules/.bin:$(PATH)

# CDK: cdktf (default, .venv) or terrain (CDK Terrain, .venv-terrain); `make synth
# CDK=terrain`. KMS_KEYSTORE_CDK in the environment sets the default the same way.
ifeq ($(origin CDK),undefined)
CDK := $(or $(KMS_KEYSTORE_CDK),cdktf)
endif
# Everything but the CDK-specific targets below (tests, bench, export...) runs on cdktf.
export KMS_KEYSTORE_CDK := cdktf
TERRAIN_VENV := .venv-terrain
TERRAIN_PY := $(TERRAIN_VENV)/bin/python
TERRAIN_STAMP := $(TERRAIN_VENV)/.installed
TERRAIN_BINDINGS := bindings/alicloud-terrain
TERRAIN_BINDINGS_STAMP := $(TERRAIN_BINDINGS)/cdktn_provider_alicloud/_jsii/alicloud@0.0.0.jsii.tgz
PROVIDER_SCHEMA := $(wildcard ../shared/provider-schema/alicloud@*.json)
ifeq ($(CDK),terrain)
SYNTH_PY := $(TERRAIN_PY)
SYNTH_STAMP := $(TERRAIN_STAMP)
else ifeq ($(CDK),cdktf)
SYNTH_PY := $(PY)
SYNTH_STAMP := $(PY_STAMP)
else
$(error CDK=$(CDK) is not valid: one of cdktf, terrain)
endif

SCAN_VENV := .venv-scan
# What `node_runtime.py hook` writes into a venv (rewritten when they change).
NODE_HOOK_SRC := tools/node_runtime.py tools/kms_keystore_jsii_stderr.py
SCAN_STAMP := $(SCAN_VENV)/.installed
DOCS_VENV := .venv-docs
DOCS_STAMP := $(DOCS_VENV)/.installed
DOCS_OUT ?= docs/api

.PHONY: synth test test-e2e lint scan validate export review bench bench-work bench-import provider clean install schema snapshots deployer-policy docs
.PHONY: synth-all terrain-bindings node cli cdk-imports
.PHONY: dist

OUTDIR := $(or $(CDKTF_OUTDIR),cdktf.out)

# The Python and the Node installs of a first run go side by side (make -j2).
SYNTH_NODE := $(if $(filter terrain,$(CDK)),$(NODE_ALL_STAMP),$(NODE_STAMP))
synth:
	@$(MAKE) --no-print-directory --silent -j2 $(SYNTH_STAMP) $(SYNTH_NODE)
	@KMS_KEYSTORE_CDK=$(CDK) $(SYNTH_PY) main.py
	@echo "synthesized: $$(ls -d $(OUTDIR)/stacks/*/cdk.tf.json | tr '\n' ' ')"

# `make test`: every test but the end-to-end and CDK Terrain ones, on parallel workers
# (pytest-xdist; TEST_WORKERS=0 runs them in this process), with only what `make synth`
# installs plus the test tools. `make test-e2e`: the tests marked e2e (fresh
# virtualenvs and wheels, the docs build, checkov over every stack, the review loop on
# a copy of the project) and those marked terrain (CDK Terrain's venv, CLI and
# bindings, which it installs). CI (.ci/run) runs both. TEST_MARKS narrows `make test`
# further, e.g. TEST_MARKS="not e2e and not terrain and not slow".
# CDK Terrain's bindings are generated from ../shared's schema; without it (and
# without network for a live schema) its tests skip, saying why.
TEST_WORKERS ?= auto
TEST_MARKS ?= not e2e and not terrain
PYTEST := $(PY) -m pytest -n $(TEST_WORKERS) --dist loadgroup
test: $(DEV_STAMP) $(NODE_STAMP)
	$(PYTEST) -m "$(TEST_MARKS)"

test-e2e: $(DEV_STAMP) $(NODE_ALL_STAMP) $(SCAN_STAMP) $(if $(PROVIDER_SCHEMA),$(TERRAIN_STAMP))
	$(PYTEST) -m "e2e or terrain"

lint: $(DEV_STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# Synth benchmark: ours against the floor at 1, 100 and 1000 stacks, in pairs run at once on two CPUs;
# exits 1 when over budget, 3 when the noise leaves it undecided. BENCH_OUT=file also writes JSON.
bench: $(PY_STAMP) $(NODE_STAMP)
	$(PY) benchmarks/synth_bench.py $(if $(BENCH_OUT),--out $(BENCH_OUT)) $(BENCH_ARGS)

# The Python work ours adds to the floor, in bytecode instructions (the same at every run):
# where the excess of `make bench` runs. WORK_ARGS="--stacks 1,10 --top 15".
bench-work: $(PY_STAMP) $(NODE_STAMP)
	$(PY) benchmarks/python_work.py $(WORK_ARGS)

# CPU time importing the package adds to the floor's imports, in fresh processes.
bench-import: $(PY_STAMP) $(NODE_STAMP)
	$(PY) benchmarks/import_cost.py $(IMPORT_ARGS)

# The configuration in effect (cdktf.json, CDKTF_CONTEXT_JSON) against its committed
# kms-review/<stack>.txt: wildcards, purchases, upgrades, renewals, replacements first;
# then this project's own pins. FORMAT=markdown (a pull-request comment) or json;
# ACCEPT=1 writes kms-review/ for the commit.
review: $(PY_STAMP)
	@$(PY) tools/review.py $(if $(FORMAT),--format $(FORMAT)) $(if $(ACCEPT),--accept)

# Accept a reviewed change: refresh the copy of Alibaba Cloud's page, run every test
# while updating the snapshots a test owns (deleting none that a test still owns), and
# put everything back when any test still fails; then the tests that read the
# committed snapshots as a whole.
snapshots: $(DEV_STAMP) $(NODE_STAMP)
	$(PY) tools/snapshots.py
	$(PY) -m pytest -m committed_snapshots

# Per stack, the least-privilege RAM policy for whoever runs cdktf deploy (TRACE=1: provenance).
deployer-policy: $(PY_STAMP) $(NODE_STAMP)
	@$(PY) tools/deployer_policy.py $(if $(TRACE),--trace)

# One self-contained directory per stack for Terraform teams (HCL=1 for HCL).
export: $(PY_STAMP) $(NODE_STAMP)
	$(PY) tools/export.py $(if $(HCL),--hcl)

# Offline schema check of the configuration in effect, as `make synth` wrote it
# (SCHEMA=file for another schema).
validate: synth
	$(PY) tools/validate.py $(if $(SCHEMA),--schema $(SCHEMA)) $(OUTDIR)

# Security scan with checkov (offline), in its own venv: the configuration in effect,
# then the reference app and every example, each stack as `make export` hands it over.
scan: $(PY_STAMP) $(SCAN_STAMP)
	$(PY) tools/scan.py --checkov $(SCAN_VENV)/bin/checkov

install: $(PY_STAMP) $(NODE_STAMP)

# API reference of kms_keystore and its subpackages, generated by pdoc from the
# docstrings into $(DOCS_OUT) (default docs/api/, not committed); open index.html.
# pdoc imports the package, so its venv holds the package's runtime too.
docs: $(DOCS_STAMP) $(NODE_STAMP)
	$(DOCS_VENV)/bin/python tools/api_docs.py $(DOCS_OUT)

# JSON Schema of the configuration (schema/) and its table in docs/configuration.md.
schema: $(PY_STAMP)
	$(PY) tools/config_schema.py

# Regenerate the provider bindings (needs node_modules; the schema comes from
# ../shared/provider-schema, or from a live `terraform providers schema -json`).
# A team adds its own types to ours, into the same package and jsii assembly, with
# EXTRA_TYPES="alicloud_oss_bucket data.alicloud_oss_buckets" and/or EXTRA_TYPES_FILE
# (default: bindings/types.local.toml when it exists); see docs/bindings.md.
EXTRA_TYPES_FILE ?= $(wildcard bindings/types.local.toml)
provider: $(NODE_STAMP)
	$(PYTHON) tools/generate_bindings.py $(if $(strip $(EXTRA_TYPES)),--extra-types "$(strip $(EXTRA_TYPES))") $(foreach f,$(EXTRA_TYPES_FILE),--extra-types-file $(f))
	rm -f $(PY_STAMP)

# A venv that is a link to another checkout's is neither used nor installed into
# (tools/venv_owner.py says why and what to do): checked at every run that uses it,
# only when it is a link, before anything installs.
VENV_OWNER = @if [ -L "$(patsubst %/,%,$(1))" ]; then $(PYTHON) tools/venv_owner.py "$(1)"; fi
.PHONY: venv-owner docs-venv-owner terrain-venv-owner scan-venv-owner
venv-owner:
	$(call VENV_OWNER,$(VENV))
docs-venv-owner:
	$(call VENV_OWNER,$(DOCS_VENV))
terrain-venv-owner:
	$(call VENV_OWNER,$(TERRAIN_VENV))
scan-venv-owner:
	$(call VENV_OWNER,$(SCAN_VENV))

# .venv for synthesis: the bindings (built once, reinstalled whenever they change),
# then requirements.txt up to its "# test and lint tools" line, and the Node hook;
# our package's bytecode is compiled here (as pip does for installed packages), so
# that no run compiles it again where PYTHONDONTWRITEBYTECODE is set.
$(PY_STAMP): requirements.txt pyproject.toml $(BINDINGS_STAMP_SRC) $(NODE_HOOK_SRC) | venv-owner
	@echo "setup: .venv: cdktf, jsii, the alicloud bindings and this package (pip, runtime only)"
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps ./$(BINDINGS)
	@sed -e '/^# test and lint tools/,$$d' -e '\|^\./$(BINDINGS)$$|d' requirements.txt \
		> $(VENV)/requirements-runtime.txt
	@$(PY) -m pip install --quiet --disable-pip-version-check -r $(VENV)/requirements-runtime.txt
	@$(PY) tools/node_runtime.py hook "$(PINNED_NODE)" >/dev/null
	@$(PY) -m compileall -q constructs >/dev/null
	@touch $@

# The test and lint tools: the rest of requirements.txt.
$(DEV_STAMP): $(PY_STAMP) requirements.txt
	@echo "setup: .venv: test and lint tools (pytest, pytest-xdist, syrupy, ruff)"
	@sed -n '/^# test and lint tools/,$$p' requirements.txt > $(VENV)/requirements-dev.txt
	@$(PY) -m pip install --quiet --disable-pip-version-check -r $(VENV)/requirements-dev.txt
	@touch $@

$(SCAN_STAMP): requirements-scan.txt | scan-venv-owner
	@echo "setup: .venv-scan: checkov (pip)"
	@test -x $(SCAN_VENV)/bin/python || $(PYTHON) -m venv $(SCAN_VENV)
	@$(SCAN_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-scan.txt
	@touch $@

# pdoc (requirements-docs.txt), the package and its runtime: requirements.txt without
# the test and lint tools that follow its "# test and lint tools" line.
$(DOCS_STAMP): requirements-docs.txt requirements.txt pyproject.toml $(BINDINGS_STAMP_SRC) tools/node_runtime.py | docs-venv-owner
	@echo "setup: .venv-docs: pdoc and the package's runtime (pip)"
	test -x $(DOCS_VENV)/bin/python || $(PYTHON) -m venv $(DOCS_VENV)
	sed '/^# test and lint tools/,$$d' requirements.txt > $(DOCS_VENV)/requirements-runtime.txt
	$(DOCS_VENV)/bin/python -m pip install --quiet --disable-pip-version-check \
	  -r $(DOCS_VENV)/requirements-runtime.txt -r requirements-docs.txt
	$(DOCS_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps ./$(BINDINGS)
	$(DOCS_VENV)/bin/python tools/node_runtime.py hook "$(PINNED_NODE)"
	touch $@

# node_modules for synthesis: the pinned Node and the cdktf CLI, without the dev
# dependencies (the CDK Terrain CLI); `prune` then drops other systems' native
# builds and Node's C headers. npm ci empties node_modules first, stamps included.
# A node_modules that is a symlink (a copy shared by several checkouts) is never
# reinstalled through: that would empty it under everyone using it.
SHARED_NODE_MODULES = if [ -L node_modules ]; then \
	echo "setup: node_modules is a symlink to $$(readlink node_modules), shared: left as it is"; \
	exit 0; fi
NODE_SETUP = $(PYTHON) tools/node_runtime.py prune && $(PYTHON) tools/node_runtime.py check $(NODE)
$(NODE_STAMP): package.json package-lock.json
	@$(SHARED_NODE_MODULES); \
	echo "setup: node_modules: the pinned Node 22 and the cdktf CLI (npm ci --omit=dev)" && \
	npm ci --omit=dev --no-audit --no-fund --loglevel=error && $(NODE_SETUP) && touch $@

# node_modules with the CDK Terrain CLI too (everything package-lock.json holds).
$(NODE_ALL_STAMP): package.json package-lock.json
	@$(SHARED_NODE_MODULES); \
	echo "setup: node_modules: the pinned Node 22, the cdktf and CDK Terrain CLIs (npm ci)" && \
	npm ci --no-audit --no-fund --loglevel=error && $(NODE_SETUP) && touch $(NODE_STAMP) $@

# CDK Terrain: its own venv (cdktn instead of cdktf, and our package without its
# cdktf dependencies), and bindings generated by `cdktn get` from the same schema.
$(TERRAIN_BINDINGS_STAMP): bindings/types.toml tools/generate_bindings.py $(PROVIDER_SCHEMA) | $(NODE_ALL_STAMP)
	@echo "setup: CDK Terrain bindings (cdktn get, from ../shared's provider schema)"
	@$(PYTHON) tools/generate_bindings.py --cdk terrain $(if $(SCHEMA),--schema $(SCHEMA))

terrain-bindings: $(TERRAIN_BINDINGS_STAMP)

$(TERRAIN_STAMP): requirements-terrain.txt pyproject.toml $(TERRAIN_BINDINGS)/pyproject.toml $(TERRAIN_BINDINGS_STAMP) $(NODE_HOOK_SRC) | terrain-venv-owner
	@echo "setup: .venv-terrain: CDK Terrain (cdktn), its bindings and this package (pip)"
	@test -x $(TERRAIN_PY) || $(PYTHON) -m venv $(TERRAIN_VENV)
	@$(TERRAIN_PY) -m pip install --quiet --disable-pip-version-check -r requirements-terrain.txt
	@$(TERRAIN_PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@$(TERRAIN_PY) -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps ./$(TERRAIN_BINDINGS)
	@$(TERRAIN_PY) tools/node_runtime.py hook "$(PINNED_NODE)" terrain >/dev/null
	@touch $@

# Every configuration (the reference app and examples/*.json) with the chosen CDK,
# into cdktf.out.all/<cdk>/<configuration>/.
synth-all: $(SYNTH_STAMP) $(NODE_STAMP)
	@KMS_KEYSTORE_CDK=$(CDK) $(SYNTH_PY) tools/synth_all.py cdktf.out.all/$(CDK)

# Which Node runs the jsii kernel for the chosen CDK (path and version).
node: $(SYNTH_STAMP) $(NODE_STAMP)
	@KMS_KEYSTORE_CDK=$(CDK) $(SYNTH_PY) tools/node_runtime.py kernel

# The CDK's CLI with this project's Node and without the checkpoint call (offline-safe),
# e.g. `make cli ARGS="diff kms-keystore"` or `make cli CDK=terrain ARGS="deploy kms-keystore"`.
CLI := $(if $(filter terrain,$(CDK)),cdktn,cdktf)
cli: $(SYNTH_STAMP) $(if $(filter terrain,$(CDK)),$(NODE_ALL_STAMP),$(NODE_STAMP))
	@if [ "$${CDKTF_CONTEXT_JSON+set}" = set ] && [ -z "$$(printf '%s' "$$CDKTF_CONTEXT_JSON" | tr -d ' \t\r\n')" ]; then \
	  echo "kms-keystore: CDKTF_CONTEXT_JSON is set but empty or blank (did the command that gives it fail, such as \$$(cat <file>) naming no file?); the CLI would deploy the defaults: unset it for them" >&2; \
	  exit 2; \
	fi
	KMS_KEYSTORE_CDK=$(CDK) $(CLI) $(ARGS)

# Route the construct modules' CDK imports through kms_keystore.framework.cdk (after a merge).
cdk-imports: $(DEV_STAMP)
	$(PY) tools/route_cdk_imports.py

# Wheels for another team's app (docs/own-app.md) into $(DIST): our constructs
# (alicloud-kms-keystore, extras [cdktf] and [terrain]), the CDKTF bindings and, once
# generated (`make terrain-bindings dist`), the CDK Terrain bindings. pip builds each
# in isolation with the setuptools its pyproject.toml pins; stale build/ trees go first.
DIST ?= dist
WHEEL := $(PYTHON) -m pip wheel --quiet --disable-pip-version-check --no-deps --wheel-dir $(DIST)
dist:
	rm -rf build $(BINDINGS)/build $(TERRAIN_BINDINGS)/build
	rm -f $(DIST)/alicloud_kms_keystore-*.whl $(DIST)/cdktf_cdktf_provider_alicloud-*.whl \
		$(DIST)/cdktn_provider_alicloud-*.whl
	$(WHEEL) .
	$(WHEEL) ./$(BINDINGS)
	@if [ -f $(TERRAIN_BINDINGS_STAMP) ]; then \
		echo "$(WHEEL) ./$(TERRAIN_BINDINGS)"; $(WHEEL) ./$(TERRAIN_BINDINGS); \
	else \
		echo "no CDK Terrain bindings wheel: run \`make terrain-bindings dist\` to build it too"; \
	fi
	rm -rf build $(BINDINGS)/build $(TERRAIN_BINDINGS)/build
	@ls -1 $(DIST)/*.whl

clean:
	rm -rf cdktf.out cdktf.out.all .pytest_cache docs/api
