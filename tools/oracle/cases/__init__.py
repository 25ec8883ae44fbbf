"""One module per exercise; each defines ``EXERCISE`` (its name) and ``cases()`` (its cases, in order),
and may define ``HIDDEN_ONLY``: the mistakes of the mutant suite that no public case can catch, each a
``fixture.HiddenOnly`` with its reason (none today)."""

EXERCISE_MODULES = (
    "forward_propagation",
    "gradient_check",
    "gradient_check_n",
    "initializers",
    "regularization",
    "dropout",
    "gradient_descent",
    "momentum",
    "adam",
    "learning_rate_decay",
)
"""The exercises in the order of the notebooks (week 1 gradient checking, initialization,
regularization; week 2 optimization). Each module's name is its exercise's name."""
