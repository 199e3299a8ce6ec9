"""A searchable bank of Russian-language NGO social practices, with explainable recommendations.

The bank is a directory holding a Xapian database. Practices are read from the template's
text layout, JSON or JSON Lines, searched in Russian (inflections, ё/е, a domain thesaurus)
and matched against an NGO's profile::

    import practice

    with practice.Bank.create("bank") as bank:
        bank.add("corpus/practices")
        for hit in bank.search("дети-инвалиды", region="Бурятия"):
            print(hit.score, hit.title)
        for rec in bank.match({"region": "Иркутская область", "problem": "..."}):
            print(rec.score, rec.title, rec.explanation.gaps)

Values are frozen dataclasses; every one has ``to_dict()`` giving the library's JSON shape and
``from_dict()`` reading it back. Errors derive from :class:`practice.Error` and from the
matching built-in (``ValueError``, ``KeyError``, ``OSError``).

Threads: a :class:`Bank` may be shared between threads; its calls are serialised on a lock
and release the GIL while the C++ library works.
"""

from __future__ import annotations

import dataclasses as _dc
import errno as _errno
import functools as _functools
import os as _os
import pathlib as _pathlib
import types as _types
from typing import Any, Iterable, Iterator, Mapping, Optional, Sequence, Union, overload

from . import _practice
from ._practice import BankError, Error, IncompatibleBank, InvalidArgument, NotFound, ParseError

__version__: str = _practice.version
"""The library's version (from CMakeLists.txt's project())."""

version: str = _practice.version
"""Same as ``__version__``."""

__all__ = [
    "AddResult",
    "Bank",
    "BankError",
    "Category",
    "CategoryMatch",
    "Contacts",
    "Error",
    "Explanation",
    "FacetCount",
    "IncompatibleBank",
    "InvalidArgument",
    "Issue",
    "LoadError",
    "LoadResult",
    "MatchResults",
    "MatchWeights",
    "NotFound",
    "Organization",
    "ParseError",
    "Period",
    "Practice",
    "Profile",
    "Recommendation",
    "Region",
    "Replication",
    "Resources",
    "Results",
    "SearchHit",
    "SearchResults",
    "Signal",
    "Stats",
    "ValidationReport",
    "categories",
    "categorize",
    "export",
    "load",
    "load_profile",
    "parse_profile",
    "parse_template",
    "regions",
    "resolve_region",
    "validate",
    "version",
]

PathLike = Union[str, "_os.PathLike[str]"]
"""A path: ``str`` or ``pathlib.Path`` (any ``os.PathLike``)."""

_frozen = _dc.dataclass(frozen=True)


# ------------------------------------------------------------------------------------------------
# helpers


def _strs(value: Any) -> tuple[str, ...]:
    """A tuple of strings from None, a str (one item) or an iterable of str."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(value)


def _proxy(mapping: Mapping[Any, Any] | None) -> Mapping[Any, Any]:
    """A read-only view of a copy of ``mapping``."""
    return _types.MappingProxyType(dict(mapping or {}))


def _set(obj: Any, name: str, value: Any) -> None:
    object.__setattr__(obj, name, value)


def _coerce(cls: Any, value: Any) -> Any:
    """``value`` as a ``cls`` dataclass: kept if it already is one, read with from_dict if a mapping."""
    if isinstance(value, cls):
        return value
    if value is None:
        return cls()
    return cls.from_dict(value)


def _check_count(name: str, value: Any, *, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if value < minimum:
        raise InvalidArgument(f"{name} must be at least {minimum}, not {value}")
    return value


def _fspaths(path_or_paths: PathLike | Iterable[PathLike]) -> list[str]:
    """One path or an iterable of paths, as a list of str."""
    if isinstance(path_or_paths, (str, _os.PathLike)):
        return [_os.fspath(path_or_paths)]
    if isinstance(path_or_paths, (bytes, Mapping)):
        raise TypeError(f"expected a path or a list of paths, not {type(path_or_paths).__name__}")
    paths = []
    for p in path_or_paths:
        if not isinstance(p, (str, _os.PathLike)):
            raise TypeError(f"expected a path (str or os.PathLike), not {type(p).__name__}")
        paths.append(_os.fspath(p))
    return paths


# ------------------------------------------------------------------------------------------------
# the practice


class _TextRecord:
    """Shared JSON conversion for the sub-records whose fields are all strings."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Any:
        """Reads the JSON shape; missing keys are empty."""
        return cls(**{f.name: data.get(f.name) or "" for f in _dc.fields(cls)})  # type: ignore[arg-type]

    def to_dict(self) -> dict[str, Any]:
        """The library's JSON shape."""
        return _dc.asdict(self)  # type: ignore[call-overload]


@_frozen
class Organization(_TextRecord):
    """Section 2 of the template: who runs the practice. ``str()`` gives the name."""

    legal_form: str = ""
    """Организационно-правовая форма («Автономная некоммерческая организация»)."""
    name: str = ""
    head: str = ""
    """Руководитель."""
    region: str = ""
    """The organisation's region as written by the author."""

    def __str__(self) -> str:
        return self.name

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | str) -> Organization:
        """Reads the JSON shape; a plain string is taken as the name."""
        if isinstance(data, str):
            return cls(name=data)
        return super().from_dict(data)


@_frozen
class Results(_TextRecord):
    """Section 10: results, qualitative and quantitative."""

    qualitative: str = ""
    quantitative: str = ""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | str) -> Results:
        """Reads the JSON shape; a plain string is taken as the qualitative results."""
        if isinstance(data, str):
            return cls(qualitative=data)
        return super().from_dict(data)


@_frozen
class Resources(_TextRecord):
    """Section 11 (and a profile's means): informational, material, financial, personnel, partners."""

    informational: str = ""
    material: str = ""
    financial: str = ""
    personnel: str = ""
    """Кадровые ресурсы."""
    partners: str = ""



@_frozen
class Contacts(_TextRecord):
    """Section 15: contacts."""

    person: str = ""
    email: str = ""
    address: str = ""
    phone: str = ""
    fax: str = ""
    skype: str = ""
    website: str = ""



@_frozen
class Period:
    """Years the practice has run; ``ongoing`` means «по настоящее время»."""

    start: Optional[int] = None
    end: Optional[int] = None
    ongoing: bool = False

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Period:
        """Reads the JSON shape."""
        return cls(start=data.get("start"), end=data.get("end"), ongoing=bool(data.get("ongoing", False)))

    def to_dict(self) -> dict[str, Any]:
        """The library's JSON shape."""
        return _dc.asdict(self)


@_frozen
class Replication:
    """A record that the practice was replicated (тиражирование) elsewhere."""

    organization: str = ""
    region: str = ""
    year: Optional[int] = None
    outcome: str = ""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Replication:
        """Reads the JSON shape."""
        return cls(
            organization=data.get("organization") or "",
            region=data.get("region") or "",
            year=data.get("year"),
            outcome=data.get("outcome") or "",
        )

    def to_dict(self) -> dict[str, Any]:
        """The library's JSON shape."""
        return {"organization": self.organization, "region": self.region, "outcome": self.outcome, "year": self.year}


_PRACTICE_TEXT_FIELDS = (
    "id",
    "title",
    "region",
    "summary",
    "problem",
    "goal",
    "technologies",
    "evaluation",
    "difficulties",
    "perspectives",
    "organization_info",
    "status",
    "source",
)


@_dc.dataclass(frozen=True, repr=False)
class Practice:
    """One social practice, as described by the template's sixteen sections.

    Lists are tuples and sections with parts are dataclasses; the constructor also accepts lists
    and dicts for them. ``to_dict()`` gives the library's JSON shape (what :meth:`Bank.add`
    takes); ``source`` ("file:line", informational) is only present for practices read from files.
    """

    id: str = ""
    """Stable id; derived from region and title when empty (on add/load)."""
    title: str = ""
    organization: Organization = _dc.field(default_factory=Organization)
    region: str = ""
    """Subject of the RF where the practice runs; empty means the organisation's region."""
    period: Period = _dc.field(default_factory=Period)
    summary: str = ""
    problem: str = ""
    target_groups: tuple[str, ...] = ()
    goal: str = ""
    tasks: tuple[str, ...] = ()
    stages: tuple[str, ...] = ()
    technologies: str = ""
    results: Results = _dc.field(default_factory=Results)
    resources: Resources = _dc.field(default_factory=Resources)
    evaluation: str = ""
    difficulties: str = ""
    perspectives: str = ""
    contacts: Contacts = _dc.field(default_factory=Contacts)
    organization_info: str = ""
    status: str = ""
    replications: tuple[Replication, ...] = ()
    source: str = _dc.field(default="", compare=False)
    """Where it was read from ("file:line"); not stored in the bank."""

    def __post_init__(self) -> None:
        _set(self, "organization", _coerce(Organization, self.organization))
        _set(self, "period", _coerce(Period, self.period))
        _set(self, "results", _coerce(Results, self.results))
        _set(self, "resources", _coerce(Resources, self.resources))
        _set(self, "contacts", _coerce(Contacts, self.contacts))
        for name in ("target_groups", "tasks", "stages"):
            _set(self, name, _strs(getattr(self, name)))
        _set(self, "replications", tuple(_coerce(Replication, r) for r in self.replications or ()))

    def __repr__(self) -> str:
        return f"Practice(id={self.id!r}, title={self.title!r}, region={self.effective_region!r})"

    @property
    def effective_region(self) -> str:
        """``region``, else the organisation's region."""
        return self.region or self.organization.region

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Practice:
        """Reads the library's JSON shape (as returned by the bank); missing keys take defaults.

        Types are not checked here: the bank checks them when the practice is added.
        """
        kwargs: dict[str, Any] = {name: data.get(name) or "" for name in _PRACTICE_TEXT_FIELDS}
        for name in ("organization", "period", "results", "resources", "contacts"):
            if data.get(name) is not None:
                kwargs[name] = data[name]
        for name in ("target_groups", "tasks", "stages", "replications"):
            kwargs[name] = data.get(name) or ()
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """The library's JSON shape: plain dicts, lists, str, int and None."""
        d: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "organization": self.organization.to_dict(),
            "region": self.region,
            "period": self.period.to_dict(),
            "summary": self.summary,
            "problem": self.problem,
            "target_groups": list(self.target_groups),
            "goal": self.goal,
            "tasks": list(self.tasks),
            "stages": list(self.stages),
            "technologies": self.technologies,
            "results": self.results.to_dict(),
            "resources": self.resources.to_dict(),
            "evaluation": self.evaluation,
            "difficulties": self.difficulties,
            "perspectives": self.perspectives,
            "contacts": self.contacts.to_dict(),
            "organization_info": self.organization_info,
            "status": self.status,
            "replications": [r.to_dict() for r in self.replications],
        }
        if self.source:
            d["source"] = self.source
        return d


# ------------------------------------------------------------------------------------------------
# search


@_frozen
class SearchHit:
    """One search result. ``snippet`` is HTML-escaped text with matched words in ``<b>…</b>``."""

    id: str
    title: str
    region: str
    organization: str
    """The organisation's name."""
    score: float
    """Relative relevance in [0, 1] (BM25 weight / best weight)."""
    weight: float = 0.0
    """Raw BM25 weight."""
    snippet: str = ""
    matched: tuple[str, ...] = ()
    """Words of the practice that matched, as written."""
    practice: Optional[Practice] = None
    """The whole practice, when searched with ``with_practice=True``."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SearchHit:
        """Reads the library's JSON shape."""
        p = data.get("practice")
        return cls(
            id=data["id"],
            title=data.get("title", ""),
            region=data.get("region", ""),
            organization=data.get("organization", ""),
            score=float(data.get("score", 0.0)),
            weight=float(data.get("weight", 0.0)),
            snippet=data.get("snippet", ""),
            matched=_strs(data.get("matched")),
            practice=Practice.from_dict(p) if p is not None else None,
        )

    def to_dict(self) -> dict[str, Any]:
        """The library's JSON shape."""
        d: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "region": self.region,
            "organization": self.organization,
            "score": self.score,
            "weight": self.weight,
            "snippet": self.snippet,
            "matched": list(self.matched),
        }
        if self.practice is not None:
            d["practice"] = self.practice.to_dict()
        return d


@_frozen
class FacetCount:
    """How many matching practices have a value (a region, a district, a target group)."""

    value: str
    count: int

    def to_dict(self) -> dict[str, Any]:
        """The library's JSON shape."""
        return {"value": self.value, "count": self.count}


@_frozen
class SearchResults(Sequence[SearchHit]):
    """The hits of one search, in rank order; a read-only sequence of :class:`SearchHit`.

    ``total`` is the estimated number of matches (``len()`` is the number of hits returned);
    ``facets`` maps "region", "federal_district" and "target_group" to counts over all matches;
    when more practices match than the sample the counters see (1,000), ``facets_estimated`` is
    True and the counts are estimates scaled to ``total``.
    """

    query: str
    total: int
    hits: tuple[SearchHit, ...]
    facets: Mapping[str, tuple[FacetCount, ...]] = _dc.field(default_factory=dict, hash=False)
    suggestion: Optional[str] = None
    """A "did you mean" query, or None."""
    relaxed: bool = False
    """True when no practice matched all the words and these match some of them."""
    warnings: tuple[str, ...] = ()
    took_ms: float = _dc.field(default=0.0, compare=False)
    facets_estimated: bool = False
    """True when the facet counts are estimates (a sample of a large result set), last so that
    positional construction keeps its meaning."""

    def __post_init__(self) -> None:
        _set(self, "hits", tuple(self.hits))
        _set(self, "facets", _proxy({k: tuple(v) for k, v in (self.facets or {}).items()}))
        _set(self, "warnings", _strs(self.warnings))

    @overload
    def __getitem__(self, index: int) -> SearchHit: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[SearchHit]: ...
    def __getitem__(self, index: int | slice) -> SearchHit | Sequence[SearchHit]:
        return self.hits[index]

    def __len__(self) -> int:
        return len(self.hits)

    def __iter__(self) -> Iterator[SearchHit]:
        return iter(self.hits)

    @property
    def ids(self) -> list[str]:
        """The ids of the hits, in rank order."""
        return [h.id for h in self.hits]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SearchResults:
        """Reads the library's JSON shape (hits under "results")."""
        return cls(
            query=data.get("query", ""),
            total=int(data.get("total", 0)),
            hits=tuple(SearchHit.from_dict(h) for h in data.get("results", ())),
            facets={
                k: tuple(FacetCount(value=f["value"], count=int(f["count"])) for f in v)
                for k, v in (data.get("facets") or {}).items()
            },
            suggestion=data.get("suggestion"),
            facets_estimated=bool(data.get("facets_estimated", False)),
            relaxed=bool(data.get("relaxed", False)),
            warnings=_strs(data.get("warnings")),
            took_ms=float(data.get("took_ms", 0.0)),
        )

    def to_dict(self) -> dict[str, Any]:
        """The library's JSON shape."""
        return {
            "query": self.query,
            "total": self.total,
            "results": [h.to_dict() for h in self.hits],
            "facets": {k: [f.to_dict() for f in v] for k, v in self.facets.items()},
            "suggestion": self.suggestion,
            "facets_estimated": self.facets_estimated,
            "relaxed": self.relaxed,
            "warnings": list(self.warnings),
            "took_ms": self.took_ms,
        }


# ------------------------------------------------------------------------------------------------
# matching


@_frozen
class Profile:
    """An NGO's profile for :meth:`Bank.match`: who they are, whom they help, what troubles
    them (free Russian text) and what they have.

    Either ``problem`` or ``target_groups`` must be given. ``scope`` is "all", "own",
    "neighbours" or "district" (None: all, unless the problem text asks otherwise).
    """

    organization: str = ""
    region: str = ""
    target_groups: tuple[str, ...] = ()
    problem: str = ""
    resources: Resources = _dc.field(default_factory=Resources)
    limit: Optional[int] = None
    scope: Optional[str] = None

    def __post_init__(self) -> None:
        _set(self, "target_groups", _strs(self.target_groups))
        _set(self, "resources", _coerce(Resources, self.resources))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Profile:
        """Reads the JSON shape (as in corpus/profiles/*.json); types are checked by match()."""
        org = data.get("organization") or ""
        if isinstance(org, Mapping):
            org = org.get("name") or ""
        return cls(
            organization=org,
            region=data.get("region") or "",
            target_groups=_strs(data.get("target_groups")),
            problem=data.get("problem") or "",
            resources=data.get("resources") or Resources(),
            limit=data.get("limit"),
            scope=data.get("scope"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The library's JSON shape; ``limit`` and ``scope`` only when set."""
        d: dict[str, Any] = {
            "organization": self.organization,
            "region": self.region,
            "target_groups": list(self.target_groups),
            "problem": self.problem,
            "resources": self.resources.to_dict(),
        }
        if self.limit is not None:
            d["limit"] = self.limit
        if self.scope is not None:
            d["scope"] = self.scope
        return d


@_frozen
class MatchWeights:
    """Signal weights for :meth:`Bank.match`; None keeps the library's default, 0 disables a signal."""

    need: Optional[float] = None
    target: Optional[float] = None
    region: Optional[float] = None
    capacity: Optional[float] = None
    evidence: Optional[float] = None
    similarity: Optional[float] = None

    def to_dict(self) -> dict[str, float]:
        """Only the weights that are set."""
        return {k: v for k, v in _dc.asdict(self).items() if v is not None}


@_frozen
class Signal:
    """What one signal contributed to a recommendation: ``value`` in [0, 1] × ``weight``."""

    signal: str
    """"need", "target", "region", "capacity", "evidence" or "similarity"."""
    weight: float
    value: float
    contribution: float
    evidence: tuple[str, ...] = ()
    """Russian: the words or facts behind the value."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Signal:
        """Reads the library's JSON shape."""
        return cls(
            signal=data["signal"],
            weight=float(data.get("weight", 0.0)),
            value=float(data.get("value", 0.0)),
            contribution=float(data.get("contribution", 0.0)),
            evidence=_strs(data.get("evidence")),
        )

    def to_dict(self) -> dict[str, Any]:
        """The library's JSON shape."""
        return {
            "signal": self.signal,
            "weight": self.weight,
            "value": self.value,
            "contribution": self.contribution,
            "evidence": list(self.evidence),
        }


@_frozen
class CategoryMatch:
    """How a profile's target-group category was met: 1 exact, 0.7 narrower, 0.6 broader, 0.2 sibling."""

    wanted: str
    found: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        """The library's JSON shape."""
        return {"wanted": self.wanted, "found": self.found, "score": self.score}


_EXPLANATION_KEYS = ("signals", "target_groups", "region_relation", "gaps", "quotes", "difficulties", "contact")


@_frozen
class Explanation(Mapping[str, Any]):
    """Why a practice was recommended. Read-only and dict-like: ``e.gaps`` or ``e["gaps"]``.

    ``signals`` are the per-signal contributions, ``gaps`` what the NGO would still need,
    ``quotes`` sentences of the practice that answer the profile, ``difficulties`` the authors'
    «Трудности» abridged, ``contact`` person, e-mail and phone; ``region_relation`` is "same",
    "neighbour", "district", "other" or "" (unknown).
    """

    signals: tuple[Signal, ...] = ()
    target_groups: tuple[CategoryMatch, ...] = ()
    region_relation: str = ""
    gaps: tuple[str, ...] = ()
    quotes: tuple[str, ...] = ()
    difficulties: str = ""
    contact: str = ""

    def __getitem__(self, key: str) -> Any:
        if key not in _EXPLANATION_KEYS:
            raise KeyError(key)
        return getattr(self, key)

    def __iter__(self) -> Iterator[str]:
        return iter(_EXPLANATION_KEYS)

    def __len__(self) -> int:
        return len(_EXPLANATION_KEYS)

    def signal(self, name: str) -> Optional[Signal]:
        """The contribution of the named signal ("need", "target", …), or None."""
        return next((s for s in self.signals if s.signal == name), None)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Explanation:
        """Reads the library's JSON shape."""
        return cls(
            signals=tuple(Signal.from_dict(s) for s in data.get("signals", ())),
            target_groups=tuple(
                CategoryMatch(wanted=c.get("wanted", ""), found=c.get("found", ""), score=float(c.get("score", 0.0)))
                for c in data.get("target_groups", ())
            ),
            region_relation=data.get("region_relation", ""),
            gaps=_strs(data.get("gaps")),
            quotes=_strs(data.get("quotes")),
            difficulties=data.get("difficulties", ""),
            contact=data.get("contact", ""),
        )

    def to_dict(self) -> dict[str, Any]:
        """The library's JSON shape."""
        return {
            "signals": [s.to_dict() for s in self.signals],
            "target_groups": [c.to_dict() for c in self.target_groups],
            "region_relation": self.region_relation,
            "gaps": list(self.gaps),
            "quotes": list(self.quotes),
            "difficulties": self.difficulties,
            "contact": self.contact,
        }


@_frozen
class Recommendation:
    """A practice recommended for a profile, with its score in [0, 1] and the explanation."""

    id: str
    title: str
    region: str
    organization: str
    score: float
    explanation: Explanation = _dc.field(default_factory=Explanation)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Recommendation:
        """Reads the library's JSON shape."""
        return cls(
            id=data["id"],
            title=data.get("title", ""),
            region=data.get("region", ""),
            organization=data.get("organization", ""),
            score=float(data.get("score", 0.0)),
            explanation=Explanation.from_dict(data.get("explanation") or {}),
        )

    def to_dict(self) -> dict[str, Any]:
        """The library's JSON shape."""
        return {
            "id": self.id,
            "title": self.title,
            "region": self.region,
            "organization": self.organization,
            "score": self.score,
            "explanation": self.explanation.to_dict(),
        }


@_frozen
class MatchResults(Sequence[Recommendation]):
    """Recommendations, best first; a read-only sequence of :class:`Recommendation`.

    ``notes`` (Russian) say which constraints were understood from the profile.
    """

    recommendations: tuple[Recommendation, ...]
    notes: tuple[str, ...] = ()
    took_ms: float = _dc.field(default=0.0, compare=False)

    def __post_init__(self) -> None:
        _set(self, "recommendations", tuple(self.recommendations))
        _set(self, "notes", _strs(self.notes))

    @overload
    def __getitem__(self, index: int) -> Recommendation: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Recommendation]: ...
    def __getitem__(self, index: int | slice) -> Recommendation | Sequence[Recommendation]:
        return self.recommendations[index]

    def __len__(self) -> int:
        return len(self.recommendations)

    def __iter__(self) -> Iterator[Recommendation]:
        return iter(self.recommendations)

    @property
    def ids(self) -> list[str]:
        """The ids of the recommended practices, best first."""
        return [r.id for r in self.recommendations]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MatchResults:
        """Reads the library's JSON shape (recommendations under "results")."""
        return cls(
            recommendations=tuple(Recommendation.from_dict(r) for r in data.get("results", ())),
            notes=_strs(data.get("notes")),
            took_ms=float(data.get("took_ms", 0.0)),
        )

    def to_dict(self) -> dict[str, Any]:
        """The library's JSON shape."""
        return {
            "results": [r.to_dict() for r in self.recommendations],
            "notes": list(self.notes),
            "took_ms": self.took_ms,
        }


# ------------------------------------------------------------------------------------------------
# stats, loading, validation


@_frozen
class Stats:
    """Counts over the whole bank. ``by_year`` counts practices active in each year (int keys)."""

    total: int
    by_region: Mapping[str, int] = _dc.field(default_factory=dict, hash=False)
    by_federal_district: Mapping[str, int] = _dc.field(default_factory=dict, hash=False)
    by_target_group: Mapping[str, int] = _dc.field(default_factory=dict, hash=False)
    """Keyed by the taxonomy's Russian labels («РАС (аутизм)»)."""
    by_year: Mapping[int, int] = _dc.field(default_factory=dict, hash=False)
    replications: int = 0
    replications_by_region: Mapping[str, int] = _dc.field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        for f in _dc.fields(self):
            if f.name not in ("total", "replications"):
                _set(self, f.name, _proxy(getattr(self, f.name)))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Stats:
        """Reads the library's JSON shape (year keys may be strings)."""
        return cls(
            total=int(data.get("total", 0)),
            by_region=data.get("by_region") or {},
            by_federal_district=data.get("by_federal_district") or {},
            by_target_group=data.get("by_target_group") or {},
            by_year={int(k): v for k, v in (data.get("by_year") or {}).items()},
            replications=int(data.get("replications", 0)),
            replications_by_region=data.get("replications_by_region") or {},
        )

    def to_dict(self) -> dict[str, Any]:
        """The library's JSON shape (year keys as strings)."""
        return {
            "total": self.total,
            "by_region": dict(self.by_region),
            "by_federal_district": dict(self.by_federal_district),
            "by_target_group": dict(self.by_target_group),
            "by_year": {str(k): v for k, v in self.by_year.items()},
            "replications": self.replications,
            "replications_by_region": dict(self.replications_by_region),
        }


@_frozen
class LoadError:
    """A record or file that could not be read. ``line`` is 1-based, 0 for the whole file."""

    file: str
    line: int
    message: str
    """Russian, for the person who wrote the file."""

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}" if self.line else f"{self.file}: {self.message}"

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LoadError:
        """Reads the JSON shape {file, line, message}."""
        return cls(file=data.get("file", ""), line=int(data.get("line", 0)), message=data.get("message", ""))

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape {file, line, message}."""
        return {"file": self.file, "line": self.line, "message": self.message}


@_frozen
class LoadResult:
    """What :func:`load` read: the practices (with ``source`` set) and the errors."""

    practices: tuple[Practice, ...]
    errors: tuple[LoadError, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """{practices: [...], errors: [...]}."""
        return {"practices": [p.to_dict() for p in self.practices], "errors": [e.to_dict() for e in self.errors]}


@_frozen
class AddResult:
    """What :meth:`Bank.add` did: practices added (new ids), replaced (same ids), and the
    errors of files that could not be read (only with ``strict=False``)."""

    added: int
    replaced: int
    errors: tuple[LoadError, ...] = ()

    @property
    def count(self) -> int:
        """added + replaced."""
        return self.added + self.replaced

    def to_dict(self) -> dict[str, Any]:
        """{added, replaced, errors}."""
        return {"added": self.added, "replaced": self.replaced, "errors": [e.to_dict() for e in self.errors]}


@_frozen
class Issue:
    """One validation finding. ``code`` is stable for machines ("missing_section", …);
    ``severity`` is "error" or "warning"; ``message`` is Russian."""

    code: str
    severity: str
    file: str
    line: int
    section: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        """The library's JSON shape."""
        return _dc.asdict(self)


@_frozen
class ValidationReport:
    """The validation of one description: its issues and template readiness in [0, 1].

    ``ok`` is True when there are no errors (warnings allowed).
    """

    id: str
    title: str
    source: str
    ok: bool
    readiness: float
    issues: tuple[Issue, ...] = ()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ValidationReport:
        """Reads the library's JSON shape."""
        return cls(
            id=data.get("id", ""),
            title=data.get("title", ""),
            source=data.get("source", ""),
            ok=bool(data.get("ok", False)),
            readiness=float(data.get("readiness", 0.0)),
            issues=tuple(Issue(**{f.name: i[f.name] for f in _dc.fields(Issue)}) for i in data.get("issues", ())),
        )

    def to_dict(self) -> dict[str, Any]:
        """The library's JSON shape."""
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "ok": self.ok,
            "readiness": self.readiness,
            "issues": [i.to_dict() for i in self.issues],
        }


def load(path_or_paths: PathLike | Iterable[PathLike]) -> LoadResult:
    """Reads practices from files and folders (template .txt/.md, .json, .jsonl) without indexing.

    Folders are read recursively in name order. A record that cannot be read becomes a
    :class:`LoadError` with its file and line; the others still load.
    """
    data = _practice.load(_fspaths(path_or_paths))
    return LoadResult(
        practices=tuple(Practice.from_dict(p) for p in data["practices"]),
        errors=tuple(LoadError.from_dict(e) for e in data["errors"]),
    )


def validate(path_or_paths: PathLike | Iterable[PathLike], *, reference_year: Optional[int] = None) -> list[ValidationReport]:
    """Checks descriptions against the template, one report per description (and one per
    unreadable file). ``reference_year`` (default: this year) decides whether a practice is active."""
    year = 0 if reference_year is None else _check_count("reference_year", reference_year, minimum=1)
    return [ValidationReport.from_dict(r) for r in _practice.validate(_fspaths(path_or_paths), year)]


def parse_template(text: str, name: str = "<text>") -> list[Practice]:
    """Parses practices written in the template's text layout; ``name`` names the source in errors.

    Raises :class:`ParseError` (with ``file`` and ``line``) for text that is not a template.
    """
    return [Practice.from_dict(p) for p in _practice.parse_template(text, name)]


def parse_profile(text: str, name: str = "<profile>") -> Profile:
    """Parses a profile from JSON text. Raises :class:`ParseError` with ``file`` and ``line``."""
    return Profile.from_dict(_practice.parse_profile(text, name))


def load_profile(path: PathLike) -> Profile:
    """Reads a profile from a JSON file (as in corpus/profiles). Raises :class:`ParseError`."""
    p = _os.fspath(path)
    with open(p, encoding="utf-8") as f:
        return parse_profile(f.read(), p)


# ------------------------------------------------------------------------------------------------
# regions and target-group categories (the tables the bank indexes with)


@_frozen
class Region:
    """A subject of the Russian Federation, as the bank knows it (89 subjects)."""

    id: str
    """Two-digit code, e.g. "38"."""
    name: str
    """«Иркутская область»."""
    name_short: str = ""
    federal_district: str = ""
    """«Сибирский»."""
    neighbours: tuple[str, ...] = ()
    """Ids of the adjacent subjects."""
    parent: str = ""
    """For an autonomous okrug: the oblast's id."""

    def __str__(self) -> str:
        return self.name

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Region:
        """Reads the JSON shape."""
        return cls(
            id=data["id"],
            name=data["name"],
            name_short=data.get("name_short", ""),
            federal_district=data.get("federal_district", ""),
            neighbours=_strs(data.get("neighbours")),
            parent=data.get("parent", ""),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape."""
        d = _dc.asdict(self)
        d["neighbours"] = list(self.neighbours)
        return d


@_frozen
class Category:
    """A target-group category of the taxonomy, e.g. ``Category("autism", "disability", "disability", "РАС (аутизм)")``."""

    id: str
    parent: str
    """The parent category's id, "" for a root."""
    axis: str
    """"age", "family", "disability" or "social"."""
    label: str
    """Russian, for people: «РАС (аутизм)»; the keys of :attr:`Stats.by_target_group`."""

    def __str__(self) -> str:
        return self.label

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape."""
        return _dc.asdict(self)


def regions() -> list[Region]:
    """Every subject of the Russian Federation, with its federal district and neighbours."""
    return [Region.from_dict(r) for r in _practice.regions()]


def resolve_region(text: str) -> Optional[Region]:
    """The subject a name refers to in any spelling («Респ. Бурятия», «г. Улан-Удэ»), or None."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    data = _practice.resolve_region(text)
    return None if data is None else Region.from_dict(data)


def categories() -> list[Category]:
    """The target-group taxonomy, in table order (parents before their children)."""
    return [Category(**c) for c in _practice.categories()]


def categorize(target_groups: str | Iterable[str], *, ancestors: bool = False) -> list[Category]:
    """The categories of free-text target groups, as the bank files a practice under them.

    Gives the most specific categories found (``"дети с РАС"`` → дети, РАС); with ``ancestors``
    also every broader one (→ люди с инвалидностью), which is what search filters and
    :attr:`Stats.by_target_group` count.
    """
    by_id = _categories_by_id()
    return [by_id[i] for i in _practice.categorize(list(_strs(target_groups)), bool(ancestors))]


@_functools.lru_cache(maxsize=1)
def _categories_by_id() -> Mapping[str, Category]:
    """The taxonomy by id, read once (it is built into the library)."""
    return _proxy({c.id: c for c in categories()})


def export(practices: Iterable[Practice | Mapping[str, Any]], format: str = "csv", *, title: str = "") -> str:
    """Practices as text to save: "csv" (for Excel: UTF-8 with BOM, ``;``, CRLF), "md"
    (Markdown) or "html" (a printable compendium with a table of contents, titled ``title``).

    Write CSV with ``newline=""`` (or as bytes) to keep its CRLF line ends.
    """
    return _practice.export([_practice_dict(p) for p in practices], format, title)


# ------------------------------------------------------------------------------------------------
# the bank


def _practice_dict(item: Any) -> dict[str, Any]:
    if isinstance(item, Practice):
        return item.to_dict()
    if isinstance(item, Mapping):
        return dict(item)
    raise TypeError(f"expected a practice (dict or Practice), not {type(item).__name__}")


class Bank:
    """A bank of practices: a directory holding a Xapian database.

    ``Bank(path)`` opens an existing bank; :meth:`create` creates one. A bank is a context
    manager (closing it on exit), ``len(bank)`` counts practices, iterating yields every
    :class:`Practice` in id order, ``id in bank`` tests membership and ``del bank[id]``
    removes a practice (:class:`NotFound` if there is none).

    Writes are transactional; only one process writes at a time (another gets
    :class:`BankError`). One Bank may be shared between threads: calls are serialised.
    """

    __slots__ = ("_bank", "__weakref__")

    def __init__(self, path: PathLike, *, create: bool = False) -> None:
        """Opens the bank at ``path``, or creates it when ``create`` is true.

        Raises :class:`BankError` (an ``OSError``) if there is no bank there (or, creating, if
        the directory is not empty and not a bank); :class:`IncompatibleBank` for another format.
        """
        p = _os.fspath(path)
        self._bank = _practice.Bank.create(p) if create else _practice.Bank.open(p)

    @classmethod
    def create(cls, path: PathLike) -> Bank:
        """Creates a bank directory (or opens it if it already is a bank)."""
        return cls(path, create=True)

    @classmethod
    def open(cls, path: PathLike) -> Bank:
        """Opens an existing bank; raises :class:`BankError` if there is none."""
        return cls(path)

    # -- lifetime

    @property
    def path(self) -> _pathlib.Path:
        """The bank directory."""
        return _pathlib.Path(self._bank.path)

    @property
    def closed(self) -> bool:
        """True after :meth:`close`."""
        return bool(self._bank.closed)

    def close(self) -> None:
        """Releases the database; later calls raise :class:`BankError`. Closing twice is fine."""
        self._bank.close()

    def reopen(self) -> None:
        """Sees changes committed by other processes since opening."""
        self._bank.reopen()

    def __enter__(self) -> Bank:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self.closed else f"{len(self)} practices"
        return f"<practice.Bank {str(self.path)!r}: {state}>"

    # -- writing

    def add(
        self,
        practices: Practice | Mapping[str, Any] | PathLike | Iterable[Practice | Mapping[str, Any]] | Iterable[PathLike],
        *,
        strict: bool = True,
    ) -> AddResult:
        """Adds practices in one transaction, replacing those with the same id.

        ``practices`` is a dict (the JSON shape) or a :class:`Practice`, a list of them, or the
        path of a file or folder (or a list of paths) in the template text, Word (.docx), JSON or JSON Lines.
        Practices without id get one derived from region and title.

        Raises :class:`InvalidArgument` (a ``ValueError``) for a malformed practice, naming the
        key; for files, :class:`ParseError` (a ``ValueError``, with ``file`` and ``line``) if
        anything cannot be read — nothing is added then. With ``strict=False`` what could be read
        is added and the errors are returned in :attr:`AddResult.errors`.
        ``FileNotFoundError`` if a path does not exist.
        """
        if isinstance(practices, (str, _os.PathLike)):
            return self._add_paths([practices], strict)
        if isinstance(practices, (Practice, Mapping)):
            return self._add_dicts([_practice_dict(practices)])
        if isinstance(practices, bytes):
            raise TypeError("expected practices or paths, not bytes")
        items = list(practices)
        if items and all(isinstance(i, (str, _os.PathLike)) for i in items):
            return self._add_paths(items, strict)
        return self._add_dicts([_practice_dict(i) for i in items])

    def _add_dicts(self, dicts: list[dict[str, Any]]) -> AddResult:
        if not dicts:
            return AddResult(added=0, replaced=0)
        r = self._bank.add(dicts)
        return AddResult(added=r["added"], replaced=r["replaced"])

    def _add_paths(self, paths: Sequence[PathLike], strict: bool) -> AddResult:
        fspaths = [_os.fspath(p) for p in paths]
        for p in fspaths:
            if not _os.path.exists(p):
                raise FileNotFoundError(_errno.ENOENT, "no such file or folder", p)
        r = self._bank.add_paths(fspaths, strict)
        return AddResult(
            added=r["added"], replaced=r["replaced"], errors=tuple(LoadError.from_dict(e) for e in r["errors"])
        )

    def remove(self, id: str) -> bool:
        """Removes a practice; False if there was none."""
        return bool(self._bank.remove(id))

    def __delitem__(self, id: str) -> None:
        if not self.remove(id):
            error = NotFound(f"no practice with id '{id}'")  # the library's own wording
            error.id = id
            raise error

    # -- reading

    def get(self, id: str) -> Practice:
        """The practice with this id; raises :class:`NotFound` (a ``KeyError``) if there is none."""
        return Practice.from_dict(self._bank.get(id))

    def find(self, id: str) -> Optional[Practice]:
        """The practice with this id, or None."""
        d = self._bank.find(id)
        return None if d is None else Practice.from_dict(d)

    def __getitem__(self, id: str) -> Practice:
        return self.get(id)

    def __len__(self) -> int:
        return int(self._bank.size())

    def __iter__(self) -> Iterator[Practice]:
        return iter(self.all())

    def __contains__(self, item: object) -> bool:
        if isinstance(item, Practice):
            item = item.id
        if not isinstance(item, str):
            return False
        return self._bank.find(item) is not None

    def ids(self) -> list[str]:
        """Every id, sorted."""
        return list(self._bank.ids())

    def all(self) -> list[Practice]:
        """Every practice, in id order."""
        return [Practice.from_dict(d) for d in self._bank.all()]

    def search(
        self,
        query: str,
        *,
        region: Optional[str] = None,
        target_group: Optional[str] = None,
        federal_district: Optional[str] = None,
        year: Optional[int] = None,
        limit: int = 10,
        offset: int = 0,
        any: bool = False,
        sort: str = "relevance",
        fields: Optional[Iterable[str]] = None,
        synonyms: bool = True,
        facets: bool = True,
        snippets: bool = True,
        with_practice: bool = False,
        exclude: Iterable[str] = (),
    ) -> SearchResults:
        """Ranked full-text search in Russian.

        The query has words (all must match unless ``any``; inflections and ё/е are equivalent),
        "quoted phrases", ``field:word`` (``проблема:одиночество``), ``OR``, ``NOT``/``-word``.
        Filters: ``region`` (a subject in any spelling, «Бурятия»), ``federal_district``
        («Сибирский»), ``target_group`` (free text or a category, «дети с РАС»), ``year``
        (practices active then). ``sort`` is "relevance" or "year". ``fields`` restricts the
        words to sections ("problem", «проблема», …); ``exclude`` skips ids;
        ``with_practice`` fills :attr:`SearchHit.practice`.

        Raises :class:`InvalidArgument` (a ``ValueError``) for an empty query, stop words only,
        an unknown field, region, district or target group.
        """
        if not isinstance(query, str):
            raise TypeError(f"query must be a str, not {type(query).__name__}")
        if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
            raise TypeError(f"year must be an int, not {type(year).__name__}")
        data = self._bank.search(
            query,
            region=region or "",
            federal_district=federal_district or "",
            target_group=target_group or "",
            year=year,
            limit=_check_count("limit", limit),
            offset=_check_count("offset", offset),
            any=bool(any),
            sort=sort,
            fields=list(_strs(fields)),
            synonyms=bool(synonyms),
            facets=bool(facets),
            snippets=bool(snippets),
            with_practice=bool(with_practice),
            exclude_ids=list(_strs(exclude)),
        )
        return SearchResults.from_dict(data)

    def similar(self, id: str, *, limit: int = 10) -> list[SearchHit]:
        """The practices most like the given one, itself excluded; raises :class:`NotFound`."""
        return [SearchHit.from_dict(h) for h in self._bank.similar(id, _check_count("limit", limit))]

    def likeness(self, id: str, among: Iterable[str]) -> dict[str, float]:
        """How like practice ``id`` each of ``among`` is, in (0, 1], relative to the most alike of them
        (the matcher's *similarity* signal); practices sharing none of its distinctive terms are
        absent. Raises :class:`NotFound`."""
        return dict(self._bank.likeness(id, list(among)))

    def match(
        self,
        profile: Profile | Mapping[str, Any],
        *,
        limit: Optional[int] = None,
        weights: MatchWeights | Mapping[str, float] | None = None,
    ) -> MatchResults:
        """Practices an NGO can realistically replicate, best first, each with an :class:`Explanation`.

        ``profile`` is a :class:`Profile` or its dict shape (as in corpus/profiles/*.json).
        ``limit`` defaults to the profile's, else 10; ``weights`` overrides signal weights.
        Raises :class:`InvalidArgument` for a profile with neither problem nor target groups,
        a wrongly typed field or an unknown region.
        """
        if isinstance(profile, Profile):
            profile_dict = profile.to_dict()
        elif isinstance(profile, Mapping):
            profile_dict = dict(profile)
        else:
            raise TypeError(f"profile must be a Profile or a dict, not {type(profile).__name__}")
        if limit is not None:
            limit = _check_count("limit", limit, minimum=1)
        if isinstance(weights, MatchWeights):
            weights = weights.to_dict()
        elif weights is not None:
            if not isinstance(weights, Mapping):
                raise TypeError(f"weights must be a MatchWeights or a dict, not {type(weights).__name__}")
            weights = dict(weights)
        return MatchResults.from_dict(self._bank.match(profile_dict, limit, weights))

    def shortlist(
        self,
        *,
        region: Optional[str] = None,
        theme: Optional[str] = None,
        target_group: Optional[str] = None,
        profile: Profile | Mapping[str, Any] | None = None,
        count: int = 10,
        diversity: float = 0.35,
    ) -> list[Practice]:
        """A selection for a round table or a compendium: ``count`` practices that are relevant
        and unlike each other (maximal marginal relevance).

        ``region`` keeps practices of that subject (any spelling), ``theme`` (free text) and
        ``target_group`` rank and filter as in :meth:`search`; a ``profile`` ranks by
        :meth:`match` instead. ``diversity`` is 0 for relevance only, 1 for diversity only.
        Save it with :func:`export`. Raises :class:`InvalidArgument` for an unknown region
        or target group.
        """
        if isinstance(profile, Profile):
            profile = profile.to_dict()
        elif profile is not None:
            if not isinstance(profile, Mapping):
                raise TypeError(f"profile must be a Profile or a dict, not {type(profile).__name__}")
            profile = dict(profile)
        if isinstance(diversity, bool) or not isinstance(diversity, (int, float)):
            raise TypeError(f"diversity must be a number, not {type(diversity).__name__}")
        if not 0.0 <= diversity <= 1.0:
            raise InvalidArgument(f"diversity must be between 0 and 1, not {diversity}")
        data = self._bank.shortlist(
            region=region or "",
            theme=theme or "",
            target_group=target_group or "",
            profile=profile,
            count=_check_count("count", count),
            diversity=float(diversity),
        )
        return [Practice.from_dict(d) for d in data]

    def stats(self) -> Stats:
        """Counts over the whole bank: by region, federal district, target group, year."""
        return Stats.from_dict(self._bank.stats())
