"""The reference app: configuration in, a complete set of stacks out, written atomically.

* :mod:`.build`: the app from cdktf context, guardrails and suppressions, ``main``;
* :mod:`.output_dir`: the output folder replaced in one step, one run at a time;
* :mod:`.key_files`: the folders client key files will be written to.
"""
