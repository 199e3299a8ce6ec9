// practice._practice — the compiled half of the Python package. Thin on purpose: values cross
// the boundary as JSON-shaped Python objects (dict, list, str, int, float, bool, None) built
// from the library's own to_json/from_json; the Pythonic classes live in practice/__init__.py.
//
// Threading: every call into a Bank releases the GIL and takes the Bank's mutex (Xapian handles
// are single-threaded). Python objects are only touched with the GIL held: arguments are
// converted before the released section, results after it.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <practice/bank.hpp>
#include <practice/categorize.hpp>
#include <practice/error.hpp>
#include <practice/field.hpp>
#include <practice/json.hpp>
#include <practice/loader.hpp>
#include <practice/matcher.hpp>
#include <practice/practice_id.hpp>
#include <practice/profile.hpp>
#include <practice/regions.hpp>
#include <practice/search.hpp>
#include <practice/shortlist.hpp>
#include <practice/taxonomy.hpp>
#include <practice/template_parser.hpp>
#include <practice/validation.hpp>
#include <practice/version.hpp>

namespace py = pybind11;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// ---------------------------------------------------------------------------------------------
// JSON <-> Python

py::str utf8(const std::string& s) {
  // "replace": never fail on a stray byte in stored text.
  PyObject* o = PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "replace");
  if (!o) throw py::error_already_set();
  return py::reinterpret_steal<py::str>(o);
}

py::object to_python(const json& j) {
  switch (j.type()) {
    case json::value_t::null: return py::none();
    case json::value_t::boolean: return py::bool_(j.get<bool>());
    case json::value_t::number_integer: return py::int_(j.get<std::int64_t>());
    case json::value_t::number_unsigned: return py::int_(j.get<std::uint64_t>());
    case json::value_t::number_float: return py::float_(j.get<double>());
    case json::value_t::string: return utf8(j.get_ref<const std::string&>());
    case json::value_t::array: {
      py::list list(j.size());
      Py_ssize_t i = 0;
      for (const auto& item : j) PyList_SET_ITEM(list.ptr(), i++, to_python(item).release().ptr());
      return list;
    }
    case json::value_t::object: {
      py::dict dict;
      for (const auto& [key, value] : j.items()) dict[utf8(key)] = to_python(value);
      return dict;
    }
    case json::value_t::binary:
    case json::value_t::discarded: break;
  }
  return py::none();
}

std::string type_name(py::handle h) { return py::str(py::type::handle_of(h).attr("__name__")).cast<std::string>(); }

json from_python(py::handle h, int depth = 0) {
  if (depth > 100) throw practice::InvalidArgument("value nested too deeply");
  PyObject* o = h.ptr();
  if (o == Py_None) return nullptr;
  if (PyBool_Check(o)) return o == Py_True;
  if (PyLong_Check(o)) {
    int overflow = 0;
    const long long v = PyLong_AsLongLongAndOverflow(o, &overflow);
    if (v == -1 && PyErr_Occurred()) throw py::error_already_set();
    if (overflow == 0) return v;
    if (overflow > 0) {
      const unsigned long long u = PyLong_AsUnsignedLongLong(o);
      if (!PyErr_Occurred()) return u;
      PyErr_Clear();
    }
    throw practice::InvalidArgument("integer out of range: " + py::repr(h).cast<std::string>());
  }
  if (PyFloat_Check(o)) return PyFloat_AS_DOUBLE(o);
  if (PyUnicode_Check(o)) {
    Py_ssize_t size = 0;
    const char* data = PyUnicode_AsUTF8AndSize(o, &size);
    if (!data) throw py::error_already_set();
    return std::string(data, static_cast<std::size_t>(size));
  }
  if (PyDict_Check(o)) {
    json out = json::object();
    PyObject *key = nullptr, *value = nullptr;
    Py_ssize_t pos = 0;
    while (PyDict_Next(o, &pos, &key, &value)) {
      if (!PyUnicode_Check(key))
        throw py::type_error("dictionary keys must be str, not " + type_name(key));
      out[from_python(key, depth + 1).get<std::string>()] = from_python(value, depth + 1);
    }
    return out;
  }
  if (PyList_Check(o) || PyTuple_Check(o)) {
    json out = json::array();
    for (auto item : py::reinterpret_borrow<py::sequence>(h)) out.push_back(from_python(item, depth + 1));
    return out;
  }
  throw py::type_error("cannot convert " + type_name(h) + " to a JSON value (expected dict, list, str, int, float, bool or None)");
}

/// A Python dict → Practice; the id is derived from region and title when absent, as the loader does.
practice::Practice practice_from_python(py::handle h) {
  if (!PyDict_Check(h.ptr())) throw py::type_error("a practice must be a dict, not " + type_name(h));
  practice::Practice p = from_python(h).get<practice::Practice>();
  if (p.id.empty()) p.id = practice::derive_id(p);
  return p;
}

std::vector<practice::Practice> practices_from_python(const py::iterable& items) {
  if (PyUnicode_Check(items.ptr()) || PyDict_Check(items.ptr()))
    throw py::type_error("expected a list of practice dicts");
  std::vector<py::handle> handles;
  for (auto item : items) handles.push_back(item);
  std::vector<practice::Practice> out;
  out.reserve(handles.size());
  for (std::size_t i = 0; i < handles.size(); ++i) {
    try {
      out.push_back(practice_from_python(handles[i]));
    } catch (const practice::InvalidArgument& e) {
      if (handles.size() == 1) throw;
      throw practice::InvalidArgument("элемент " + std::to_string(i + 1) + ": " + e.what());
    }
  }
  return out;
}

json practice_json(const practice::Practice& p, bool with_source) {
  json j = p;
  if (with_source && !p.source.empty()) j["source"] = p.source;
  return j;
}

json load_error_json(const practice::LoadError& e) {
  return {{"file", e.file}, {"line", e.line}, {"message", e.message}};
}

json region_json(const practice::Region& r) {
  return {{"id", r.id},           {"name", r.name},         {"name_short", r.name_short},
          {"federal_district", r.federal_district}, {"neighbours", r.neighbours}, {"parent", r.parent}};
}

json category_json(const practice::Category& c) {
  return {{"id", c.id}, {"parent", c.parent}, {"axis", c.axis}, {"label", c.label}};
}

json practices_json(const std::vector<practice::Practice>& practices) {
  json out = json::array();
  for (const auto& p : practices) out.push_back(p);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Exceptions

struct ExceptionTypes {
  py::handle error, invalid_argument, parse_error, not_found, bank_error, incompatible_bank;
};
ExceptionTypes exception_types;  // references deliberately leaked: they live as long as the process

py::handle new_exception(py::module_& m, const char* name, const char* doc, py::handle bases) {
  const std::string qualified = std::string("practice.") + name;
  PyObject* type = PyErr_NewExceptionWithDoc(qualified.c_str(), doc, bases.ptr(), nullptr);
  if (!type) throw py::error_already_set();
  m.add_object(name, py::handle(type));
  return type;
}

/// Raises `type(message)` with extra attributes set on the instance.
void raise_python(py::handle type, const char* message, std::initializer_list<std::pair<const char*, py::object>> attrs = {}) {
  try {
    py::object exc = type(utf8(message));
    for (const auto& [name, value] : attrs) exc.attr(name) = value;
    PyErr_SetObject(type.ptr(), exc.ptr());
  } catch (py::error_already_set& e) {
    e.restore();
  }
}

void translate(std::exception_ptr p) {
  if (!p) return;
  const ExceptionTypes& t = exception_types;
  try {
    std::rethrow_exception(p);
  } catch (const practice::ParseError& e) {
    raise_python(t.parse_error, e.what(),
          {{"file", utf8(e.file())}, {"line", py::int_(e.line())}, {"section", utf8(e.section())}, {"reason", utf8(e.reason())}});
  } catch (const practice::NotFound& e) {
    raise_python(t.not_found, e.what(), {{"id", utf8(e.id())}});
  } catch (const practice::IncompatibleBank& e) {
    raise_python(t.incompatible_bank, e.what());
  } catch (const practice::BankError& e) {
    raise_python(t.bank_error, e.what());
  } catch (const practice::InvalidArgument& e) {
    raise_python(t.invalid_argument, e.what());
  } catch (const practice::Error& e) {
    raise_python(t.error, e.what());
  } catch (const json::exception& e) {
    raise_python(t.invalid_argument, e.what());
  }
}

// ---------------------------------------------------------------------------------------------
// The bank

/// A Bank plus the mutex that serialises its use; closing drops the Xapian handles.
class BankHandle {
 public:
  explicit BankHandle(practice::Bank bank) : path_(bank.path()), bank_(std::move(bank)) {}

  /// Runs `f(bank)` with the GIL released and the mutex held; returns what f returns.
  template <class F>
  auto call(F&& f) {
    py::gil_scoped_release nogil;
    std::lock_guard lock(mutex_);
    if (!bank_) throw practice::BankError("bank " + path_.string() + " is closed");
    return f(*bank_);
  }

  void close() {
    py::gil_scoped_release nogil;
    std::lock_guard lock(mutex_);
    bank_.reset();
  }

  bool closed() {
    py::gil_scoped_release nogil;
    std::lock_guard lock(mutex_);
    return !bank_;
  }

  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
  std::mutex mutex_;
  std::optional<practice::Bank> bank_;
};

std::unique_ptr<BankHandle> open_bank(const fs::path& dir, bool create) {
  std::optional<practice::Bank> bank;
  {
    py::gil_scoped_release nogil;
    bank.emplace(create ? practice::Bank::create(dir) : practice::Bank::open(dir));
  }
  return std::make_unique<BankHandle>(std::move(*bank));
}

practice::SortOrder sort_order(const std::string& s) {
  if (s == "relevance") return practice::SortOrder::relevance;
  if (s == "year") return practice::SortOrder::year;
  throw practice::InvalidArgument("sort must be \"relevance\" or \"year\", not \"" + s + "\"");
}

std::vector<fs::path> paths_from_python(const py::iterable& items) {
  if (PyUnicode_Check(items.ptr())) throw py::type_error("expected a list of paths, not a single str");
  std::vector<fs::path> out;
  for (auto item : items) out.push_back(item.cast<fs::path>());
  return out;
}

}  // namespace

PYBIND11_MODULE(_practice, m) {
  m.doc() = "Compiled core of the `practice` package (use `import practice` instead).";
  m.attr("version") = std::string(practice::version);

  // Exceptions, most general first; C++ classes are matched most-derived first in translate().
  auto& t = exception_types;
  t.error = new_exception(m, "Error", "Base class of every error raised by practice.", PyExc_Exception);
  t.invalid_argument = new_exception(
      m, "InvalidArgument", "Unusable argument: an empty query, an unknown region or field, a malformed practice or profile.",
      py::make_tuple(t.error, py::handle(PyExc_ValueError)));
  t.parse_error = new_exception(
      m, "ParseError", "Input text or JSON could not be read. Attributes: file, line (0 if unknown), section, reason.",
      py::make_tuple(t.error, py::handle(PyExc_ValueError)));
  t.not_found = new_exception(m, "NotFound", "No practice with the given id. Attribute: id.",
                              py::make_tuple(t.error, py::handle(PyExc_KeyError)));
  t.bank_error = new_exception(m, "BankError", "A bank cannot be opened, is locked by a writer, is damaged or closed.",
                               py::make_tuple(t.error, py::handle(PyExc_OSError)));
  t.incompatible_bank = new_exception(m, "IncompatibleBank", "A bank was built by another format or analyzer version.",
                                      t.bank_error);
  py::register_exception_translator(&translate);

  py::class_<BankHandle>(m, "Bank", "A bank of practices (a directory holding a Xapian database).")
      .def_static("create", [](const fs::path& dir) { return open_bank(dir, true); }, py::arg("path"),
                  "Creates the bank directory, or opens it if it already is a bank.")
      .def_static("open", [](const fs::path& dir) { return open_bank(dir, false); }, py::arg("path"),
                  "Opens an existing bank.")
      .def_property_readonly("path", &BankHandle::path, "The bank directory.")
      .def_property_readonly("closed", &BankHandle::closed, "True after close().")
      .def("close", &BankHandle::close, "Releases the database handles; later calls raise BankError.")
      .def(
          "add",
          [](BankHandle& self, const py::iterable& items) {
            const auto practices = practices_from_python(items);
            const json report = self.call([&](practice::Bank& b) { return json(b.add(practices)); });
            return to_python(report);
          },
          py::arg("practices"), "Adds practice dicts in one transaction, replacing same ids. Returns {added, replaced}.")
      .def(
          "add_paths",
          [](BankHandle& self, const py::iterable& items, bool strict) {
            const auto paths = paths_from_python(items);
            const json report = self.call([&](practice::Bank& b) {
              practice::LoadResult loaded = practice::load_paths(paths);
              if (strict && !loaded.errors.empty()) {
                const auto& first = loaded.errors.front();
                std::string reason = first.message;
                if (loaded.errors.size() > 1)
                  reason += " (и ещё ошибок: " + std::to_string(loaded.errors.size() - 1) + ")";
                throw practice::ParseError(first.file, first.line, reason);
              }
              std::vector<practice::Practice> practices;
              practices.reserve(loaded.practices.size());
              for (auto& lp : loaded.practices) practices.push_back(std::move(lp.practice));
              json out = practices.empty() ? json(practice::AddReport{}) : json(b.add(practices));
              out["errors"] = json::array();
              for (const auto& e : loaded.errors) out["errors"].push_back(load_error_json(e));
              return out;
            });
            return to_python(report);
          },
          py::arg("paths"), py::arg("strict") = false,
          "Reads files or folders (JSON, JSON Lines, template text) and adds what could be read. "
          "Returns {added, replaced, errors: [{file, line, message}]}; with strict=True any error "
          "raises ParseError and nothing is added.")
      .def(
          "remove", [](BankHandle& self, const std::string& id) { return self.call([&](practice::Bank& b) { return b.remove(id); }); },
          py::arg("id"), "Removes a practice; False if there was none.")
      .def(
          "get",
          [](BankHandle& self, const std::string& id) {
            return to_python(self.call([&](practice::Bank& b) { return json(b.get(id)); }));
          },
          py::arg("id"), "The practice dict with this id; raises NotFound.")
      .def(
          "find",
          [](BankHandle& self, const std::string& id) -> py::object {
            const auto found = self.call([&](practice::Bank& b) { return b.find(id); });
            return found ? to_python(json(*found)) : py::none();
          },
          py::arg("id"), "The practice dict with this id, or None.")
      .def("size", [](BankHandle& self) { return self.call([](practice::Bank& b) { return b.size(); }); },
           "Number of practices.")
      .def("__len__", [](BankHandle& self) { return self.call([](practice::Bank& b) { return b.size(); }); })
      .def("ids", [](BankHandle& self) { return self.call([](practice::Bank& b) { return b.ids(); }); },
           "Every id, sorted.")
      .def(
          "all",
          [](BankHandle& self) { return to_python(self.call([](practice::Bank& b) { return json(b.all()); })); },
          "Every practice dict, in id order.")
      .def(
          "search",
          [](BankHandle& self, const std::string& query, const std::string& region, const std::string& federal_district,
             const std::string& target_group, std::optional<int> year, std::size_t limit, std::size_t offset, bool any,
             const std::string& sort, const std::vector<std::string>& fields, bool synonyms, bool facets, bool snippets,
             bool with_practice, const std::vector<std::string>& exclude_ids) {
            practice::SearchOptions o;
            o.region = region;
            o.federal_district = federal_district;
            o.target_group = target_group;
            o.year = year;
            o.limit = limit;
            o.offset = offset;
            o.match_any = any;
            o.sort = sort_order(sort);
            for (const auto& name : fields) {
              const auto f = practice::field_from_name(name);
              if (!f) throw practice::InvalidArgument("неизвестное поле «" + name + "»");
              o.fields.push_back(*f);
            }
            o.expand_synonyms = synonyms;
            o.facets = facets;
            o.snippets = snippets;
            o.with_practice = with_practice;
            o.exclude_ids = exclude_ids;
            return to_python(self.call([&](practice::Bank& b) { return json(b.search(query, o)); }));
          },
          py::arg("query"), py::kw_only(), py::arg("region") = "", py::arg("federal_district") = "",
          py::arg("target_group") = "", py::arg("year") = py::none(), py::arg("limit") = 10, py::arg("offset") = 0,
          py::arg("any") = false, py::arg("sort") = "relevance", py::arg("fields") = std::vector<std::string>{},
          py::arg("synonyms") = true, py::arg("facets") = true, py::arg("snippets") = true,
          py::arg("with_practice") = false, py::arg("exclude_ids") = std::vector<std::string>{},
          "Ranked full-text search. Returns a dict shaped like the library's SearchResults JSON "
          "(query, total, results, facets, suggestion, relaxed, warnings, took_ms).")
      .def(
          "similar",
          [](BankHandle& self, const std::string& id, std::size_t limit) {
            return to_python(self.call([&](practice::Bank& b) { return json(b.similar(id, limit)); }));
          },
          py::arg("id"), py::arg("limit") = 10, "Hits (dicts) for the practices most like this one, itself excluded.")
      .def(
          "likeness",
          [](BankHandle& self, const std::string& id, const std::vector<std::string>& among) {
            return self.call([&](practice::Bank& b) { return b.likeness(id, among); });
          },
          py::arg("id"), py::arg("among"), "How like practice `id` each of `among` is, relative to the most alike (dict).")
      .def(
          "stats", [](BankHandle& self) { return to_python(self.call([](practice::Bank& b) { return json(b.stats()); })); },
          "Counts over the whole bank (dict).")
      .def(
          "match",
          [](BankHandle& self, const py::dict& profile_dict, std::optional<std::size_t> limit, const py::object& weights) {
            const practice::Profile profile = from_python(profile_dict).get<practice::Profile>();
            practice::MatchOptions options;
            options.limit = limit;
            if (!weights.is_none()) options.weights = practice::weights_from_json(from_python(weights));
            return to_python(self.call([&](practice::Bank& b) { return json(practice::match(b, profile, options)); }));
          },
          py::arg("profile"), py::arg("limit") = py::none(), py::arg("weights") = py::none(),
          "Recommendations for an NGO profile dict. Returns a dict shaped like MatchResults JSON "
          "(results with explanations, notes, took_ms).")
      .def(
          "shortlist",
          [](BankHandle& self, const std::string& region, const std::string& theme, const std::string& target_group,
             const py::object& profile, std::size_t count, double diversity) {
            practice::ShortlistOptions o;
            o.region = region;
            o.theme = theme;
            o.target_group = target_group;
            if (!profile.is_none()) o.profile = from_python(profile).get<practice::Profile>();
            o.count = count;
            o.diversity = diversity;
            return to_python(self.call([&](practice::Bank& b) { return practices_json(practice::shortlist(b, o)); }));
          },
          py::kw_only(), py::arg("region") = "", py::arg("theme") = "", py::arg("target_group") = "",
          py::arg("profile") = py::none(), py::arg("count") = 10, py::arg("diversity") = 0.35,
          "A diverse selection of practice dicts for a round table or compendium (maximal marginal relevance).")
      .def("reopen", [](BankHandle& self) { self.call([](practice::Bank& b) { b.reopen(); }); },
           "Sees changes committed by other processes since opening.")
      .def("__repr__", [](BankHandle& self) {
        return "<practice._practice.Bank " + py::repr(py::cast(self.path().string())).cast<std::string>() + ">";
      });

  m.def(
      "load",
      [](const py::iterable& items) {
        const auto paths = paths_from_python(items);
        json out;
        {
          py::gil_scoped_release nogil;
          const practice::LoadResult loaded = practice::load_paths(paths);
          out = {{"practices", json::array()}, {"errors", json::array()}};
          for (const auto& lp : loaded.practices) out["practices"].push_back(practice_json(lp.practice, true));
          for (const auto& e : loaded.errors) out["errors"].push_back(load_error_json(e));
        }
        return to_python(out);
      },
      py::arg("paths"),
      "Reads practices from files and folders without indexing them. Returns {practices: [dict], "
      "errors: [{file, line, message}]}; practice dicts carry a 'source' key (\"file:line\").");

  m.def(
      "validate",
      [](const py::iterable& items, int reference_year) {
        const auto paths = paths_from_python(items);
        json out;
        {
          py::gil_scoped_release nogil;
          const practice::LoadResult loaded = practice::load_paths(paths);
          auto reports = practice::validate_all(loaded.practices, {.reference_year = reference_year});
          // A file that could not be read at all is a failed report of its own (as `practice validate`).
          for (const auto& e : loaded.errors)
            reports.push_back({"", "", e.file, {{"unreadable", practice::Severity::error, e.file, e.line, "", e.message}}, 0.0});
          out = reports;
        }
        return to_python(out);
      },
      py::arg("paths"), py::arg("reference_year") = 0,
      "Checks descriptions against the template. Returns report dicts (id, title, source, ok, "
      "readiness, issues: [{code, severity, file, line, section, message}]).");

  m.def(
      "parse_template",
      [](const std::string& text, const std::string& name) {
        json out = json::array();
        {
          py::gil_scoped_release nogil;
          for (auto& doc : practice::parse_template(text, name)) {
            if (doc.practice.id.empty()) doc.practice.id = practice::derive_id(doc.practice);
            json j = doc.practice;
            j["source"] = name + ":" + std::to_string(doc.first_line);
            out.push_back(std::move(j));
          }
        }
        return to_python(out);
      },
      py::arg("text"), py::arg("name") = "<text>",
      "Parses template text into practice dicts (ids derived). Raises ParseError for text that is not a template.");

  m.def(
      "derive_id", [](const py::dict& practice_dict) { return practice::derive_id(from_python(practice_dict).get<practice::Practice>()); },
      py::arg("practice"), "The stable id the library derives from a practice's region and title.");

  m.def(
      "parse_profile",
      [](const std::string& text, const std::string& name) { return to_python(json(practice::parse_profile(text, name))); },
      py::arg("text"), py::arg("name") = "<profile>",
      "Parses a profile from JSON text into a dict. Raises ParseError with file and line.");

  m.def(
      "export",
      [](const py::iterable& items, const std::string& format, const std::string& title) {
        const auto practices = practices_from_python(items);
        py::gil_scoped_release nogil;
        if (format == "csv") return practice::export_csv(practices);
        if (format == "md" || format == "markdown") return practice::export_markdown(practices, title);
        if (format == "html") return practice::export_html(practices, title);
        throw practice::InvalidArgument("format must be \"csv\", \"md\" or \"html\", not \"" + format + "\"");
      },
      py::arg("practices"), py::arg("format"), py::arg("title") = "",
      "Practice dicts as CSV for Excel (BOM, ';'), Markdown or a printable HTML compendium.");

  m.def(
      "regions",
      [] {
        json out = json::array();
        for (const auto& r : practice::RegionTable::russia().all()) out.push_back(region_json(r));
        return to_python(out);
      },
      "The 89 subjects of the Russian Federation as dicts (id, name, name_short, federal_district, neighbours, parent).");

  m.def(
      "resolve_region",
      [](const std::string& text) -> py::object {
        const practice::Region* r = practice::RegionTable::russia().resolve(text);
        return r ? to_python(region_json(*r)) : py::none();
      },
      py::arg("text"), "The subject a region name in any spelling refers to (dict), or None.");

  m.def(
      "categories",
      [] {
        json out = json::array();
        for (const auto& c : practice::Taxonomy::builtin().all()) out.push_back(category_json(c));
        return to_python(out);
      },
      "The target-group taxonomy as dicts (id, parent, axis, label), in table order.");

  m.def(
      "categorize",
      [](const std::vector<std::string>& texts, bool ancestors) {
        // As the bank does at index time: the most specific categories of each text, then (optionally) their ancestors.
        const auto ids = practice::target_categories(texts);
        return ancestors ? practice::Taxonomy::builtin().with_ancestors(ids) : ids;
      },
      py::arg("texts"), py::arg("ancestors") = false,
      "Category ids of free-text target groups (most specific; with ancestors if asked).");
}
