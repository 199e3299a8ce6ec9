"""Type stubs for the compiled module practice._practice (JSON-shaped dicts in and out)."""

import os
from typing import Any, Iterable, Optional, Union

_Path = Union[str, os.PathLike[str]]

version: str

class Error(Exception):
    """Base class of every error raised by practice."""

class InvalidArgument(Error, ValueError):
    """Unusable argument: an empty query, an unknown region or field, a malformed practice or profile."""

class ParseError(Error, ValueError):
    """Input text or JSON could not be read."""

    file: str
    line: int
    section: str
    reason: str

class NotFound(Error, KeyError):
    """No practice with the given id."""

    id: str

class BankError(Error, OSError):
    """A bank cannot be opened, is locked by a writer, is damaged or closed."""

class IncompatibleBank(BankError):
    """A bank was built by another format or analyzer version."""

class Bank:
    """A bank of practices (a directory holding a Xapian database)."""

    @staticmethod
    def create(path: _Path) -> "Bank": ...
    @staticmethod
    def open(path: _Path) -> "Bank": ...
    @property
    def path(self) -> os.PathLike[str]: ...
    @property
    def closed(self) -> bool: ...
    def close(self) -> None: ...
    def add(self, practices: Iterable[dict[str, Any]]) -> dict[str, int]: ...
    def add_paths(self, paths: Iterable[_Path], strict: bool = False) -> dict[str, Any]: ...
    def remove(self, id: str) -> bool: ...
    def get(self, id: str) -> dict[str, Any]: ...
    def find(self, id: str) -> Optional[dict[str, Any]]: ...
    def size(self) -> int: ...
    def __len__(self) -> int: ...
    def ids(self) -> list[str]: ...
    def all(self) -> list[dict[str, Any]]: ...
    def search(
        self,
        query: str,
        *,
        region: str = "",
        federal_district: str = "",
        target_group: str = "",
        year: Optional[int] = None,
        limit: int = 10,
        offset: int = 0,
        any: bool = False,
        sort: str = "relevance",
        fields: list[str] = ...,
        synonyms: bool = True,
        facets: bool = True,
        snippets: bool = True,
        with_practice: bool = False,
        exclude_ids: list[str] = ...,
    ) -> dict[str, Any]: ...
    def similar(self, id: str, limit: int = 10) -> list[dict[str, Any]]: ...
    def stats(self) -> dict[str, Any]: ...
    def match(
        self, profile: dict[str, Any], limit: Optional[int] = None, weights: Optional[dict[str, float]] = None
    ) -> dict[str, Any]: ...
    def shortlist(
        self,
        *,
        region: str = "",
        theme: str = "",
        target_group: str = "",
        profile: Optional[dict[str, Any]] = None,
        count: int = 10,
        diversity: float = 0.35,
    ) -> list[dict[str, Any]]: ...
    def reopen(self) -> None: ...

def load(paths: Iterable[_Path]) -> dict[str, Any]: ...
def validate(paths: Iterable[_Path], reference_year: int = 0) -> list[dict[str, Any]]: ...
def parse_template(text: str, name: str = "<text>") -> list[dict[str, Any]]: ...
def derive_id(practice: dict[str, Any]) -> str: ...
def parse_profile(text: str, name: str = "<profile>") -> dict[str, Any]: ...
def export(practices: Iterable[dict[str, Any]], format: str, title: str = "") -> str: ...
def regions() -> list[dict[str, Any]]: ...
def resolve_region(text: str) -> Optional[dict[str, Any]]: ...
def categories() -> list[dict[str, str]]: ...
def categorize(texts: list[str], ancestors: bool = False) -> list[str]: ...
