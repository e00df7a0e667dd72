"""Numbers for the reference JSON files the tests read: JSON has no NaN or infinity, so the
project's own spelling ("nan", "inf", "-inf") stands for them, as logitscope's --json writes them."""
import math


def enc(x):
    """A float for JSON: non-finite values as strings; None (a missing figure) stays null."""
    if x is None:
        return None
    x = float(x)
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return x
