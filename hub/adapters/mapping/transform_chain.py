"""Applying a value's chain of transforms in order (`TransformChain.transform`), each one's problem noted
where the value was.

Apart from `reading` because a chain is run on values no selector read too: a computed field's
(`form`), after its compute. `reading` resolves a value's sources, refuses those no value is read from,
combines several, and hands the rest to this.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from hub.adapters.mapping.provenance import Where
from hub.adapters.mapping.read_problems import ReadProblems
from hub.adapters.mapping.several_lines import lines_chosen, takes_part
from hub.adapters.mapping.transform_types import TransformCall
from hub.adapters.mapping.transforms import TRANSFORMS, TransformError
from hub.schemas.edges import strip_edges


class TransformChain(ReadProblems):
    """Runs a value's transforms for the `Reader` (a dataclass of `ReadProblems`' fields), noting the
    first one that fails."""

    def transform(
        self,
        path: str,
        value: str | None,
        calls: Sequence[TransformCall],
        applied: list[str],
        where: Where | Callable[[], Where],
        lines: Sequence[str] = (),
    ) -> str | None:
        """Apply transforms in order; an empty value skips all but `default`. None on a failure (noted
        at `where`, or where the function given says). `lines`: a PDF list's lines chosen, where several
        are (`several_lines`): a `regex` that would read some of them and not the rest is refused."""
        for call in calls:
            if call.name == "default":
                if not value:
                    value = str(call.args["value"])
                    applied.append(call.summary())
                continue
            if not value:
                continue
            if lines and call.name == "regex" and takes_part(value, call.args):
                self.problem(path, where() if callable(where) else where, *lines_chosen(lines))
                return None
            try:
                value = strip_edges(TRANSFORMS[call.name].func(value, call.args))
            except TransformError as exc:
                at = where() if callable(where) else where
                self.problem(path, at, exc.reason_en, exc.reason_da, exc.config_unfinished)
                return None
            applied.append(call.summary())
        return value
