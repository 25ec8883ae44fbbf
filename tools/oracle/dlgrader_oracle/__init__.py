"""numpy implementations of the graded functions of the course's week 1 and week 2 notebooks.

Each module mirrors one notebook section: the graded functions as the official solutions compute
them, and the helpers the notebooks hand out. Caches, which the notebooks pass as tuples, are dicts
keyed by the notebook's variable names, as in the fixture format. Functions never modify their
arguments. Sums, products, exp and log go through ``ops`` so that results do not depend on the machine.
"""
