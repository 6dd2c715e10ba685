"""Names of the state this package keeps on an app's and a stack's objects.

Kept in ``__dict__`` (no call into Node): read by the framework modules and the
constructs alike, so they live in neither.
"""

APP_STATE = "_kms_keystore_app_state"
"""On a stack of this package: the ``__dict__`` of its app's object (no call into Node)."""
REFERENCE_APP = "_kms_keystore_reference_app"
"""On an app the reference app builds: it places the configuration's suppressions and,
after synthesis, makes the client key folders itself (and its export repairs HCL)."""
STACK_ID = "_kms_keystore_id"
"""On a stack of this package: the ID it was made with (``node.id`` asks Node)."""
