"""asyncio's exceptions (Taipan's asyncio)."""

__all__ = ('CancelledError', 'InvalidStateError', 'TimeoutError',
           'QueueEmpty', 'QueueFull')


class CancelledError(BaseException):
    """The Future or Task was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


# Since Python 3.11 asyncio.TimeoutError is the builtin one.
TimeoutError = TimeoutError


class QueueEmpty(Exception):
    """Raised by Queue.get_nowait() on an empty queue."""


class QueueFull(Exception):
    """Raised by Queue.put_nowait() on a full queue."""
