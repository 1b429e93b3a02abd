"""Several tasks sent to one sandbox worker in one message (`run_many`), each answered in order.

The worker starts each task as soon as it has answered the last, rather than waiting for the parent's
thread to send the next; `sandbox` is the rest of the sandbox (one task, the pool, the wait), whose
`_take` and `_answer` this uses as `run` does, looked up on the module as `run` looks them up.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Sequence
from typing import Any

from hub.adapters.readers import sandbox, sandbox_child
from hub.adapters.readers.sandbox import WALL_SECONDS, SandboxError


def run_many(
    tasks: Sequence[tuple[Callable[..., Any], tuple[Any, ...]]], timeout: float = WALL_SECONDS
) -> Generator[Any, None, None]:
    """Run each `(func, args)` of `tasks` in a sandbox worker, as `run` does, and yield each result, or
    the `SandboxError` that task ended in, in order, as each is done.

    The tasks go to one worker in one message, so it starts each one as soon as it has answered the
    last, rather than waiting for the parent's thread to take that answer and send the next (which, in a
    worker storing documents meanwhile, waits for the interpreter's lock: measured, the readers then
    stood idle half the time). Each task keeps its own CPU limit; `timeout` counts from when the caller
    asks for its answer, which is at the soonest once it has taken the answer before. A task that fails
    costs only itself: the tasks after it go to a fresh worker."""
    todo = list(tasks)
    while todo:
        pool = sandbox._get_pool()
        try:
            worker = sandbox._take(pool, (sandbox_child.MANY, todo))
        except SandboxError as exc:
            yield exc  # the first task's, as `run` would; the rest are tried again
            todo = todo[1:]
            continue
        healthy, answered = False, 0
        try:
            for _task in todo:
                result: Any = sandbox._answer(worker, timeout)
                answered += 1
                yield result
            healthy = True
        except SandboxError as exc:
            answered += 1  # the task it ended in
            yield exc
        finally:
            pool.release(worker, healthy)
        todo = todo[answered:]
