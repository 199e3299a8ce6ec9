#include <practice/bank.hpp>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstring>

#include <xapian.h>

#include <practice/error.hpp>
#include <practice/json.hpp>
#include <practice/regions.hpp>
#include <practice/taxonomy.hpp>
#include <practice/thesaurus.hpp>
#include <practice/text/analyzer.hpp>
#include <practice/text/normalize.hpp>

#include "document_builder.hpp"
#include "document_pipeline.hpp"
#include "facet_column.hpp"
#include "facets.hpp"
#include "federation.hpp"
#include "query_builder.hpp"
#include "schema.hpp"
#include "snippet.hpp"
#include "stored_facts.hpp"
#include "stored_practice.hpp"

namespace practice {
namespace fs = std::filesystem;
using namespace detail;

namespace {

// The analyzer and the vocabularies whose terms and facts the bank stores (thesaurus concepts,
// target-group categories, kinds of help): a bank built with another is refused with a request
// to rebuild it.
std::string analyzer_signature() {
  return std::string(text::Analyzer::name) + "/" + std::to_string(text::Analyzer::version) + " thesaurus/" +
         Thesaurus::builtin().fingerprint() + " taxonomy/" + Taxonomy::builtin().fingerprint() + " services/" +
         Taxonomy::services().fingerprint() + " facts/" + std::to_string(facts_version);
}

// The explanation after "Unable to get write lock on DIR: ".
std::string lock_reason(const Xapian::Error& e) {
  const std::string& msg = e.get_msg();
  const auto colon = msg.rfind(": ");
  return colon == std::string::npos ? msg : msg.substr(colon + 2);
}

// A full disk, a quota or a file size limit (RLIMIT_FSIZE) while writing.
bool out_of_space(const Xapian::Error& e) {
  const char* err = e.get_error_string();
  if (!err) return false;
  for (int code : {ENOSPC, EFBIG, EDQUOT})
    if (std::strcmp(err, std::strerror(code)) == 0) return true;
  return false;
}

std::string no_space_message(const fs::path& dir, const std::string& reason) {
  return "no space left to write bank " + dir.string() + " (" + reason + "); the bank is kept as at its last completed batch";
}

// Runs `f`, turning Xapian's exceptions into ours with the bank's path.
template <class F>
auto guarded(const fs::path& dir, F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const Xapian::DatabaseLockError& e) {
    // Xapian says "already locked" when another writer holds the lock; anything else
    // (permission denied, read-only file system) means this process cannot write there.
    if (e.get_msg().find("already locked") != std::string::npos)
      throw BankError("bank " + dir.string() + " is being written by another process; try again when it finishes");
    throw BankError("cannot write bank " + dir.string() + ": " + lock_reason(e) + " (is it read-only?)");
  } catch (const Xapian::DatabaseOpeningError& e) {
    throw BankError("cannot open bank " + dir.string() + ": " + e.get_msg());
  } catch (const Xapian::DatabaseCorruptError& e) {
    throw BankError("bank " + dir.string() + " is damaged: " + e.get_msg());
  } catch (const Xapian::QueryParserError& e) {
    throw InvalidArgument(e.get_msg());
  } catch (const Xapian::Error& e) {
    if (out_of_space(e))
      throw BankError(no_space_message(dir, e.get_error_string()));
    throw BankError("bank " + dir.string() + ": " + e.get_type() + ": " + e.get_msg());
  }
}

// Files Xapian writes while creating a database, before "iamglass" marks it complete: a
// creation killed half-way leaves only these. They hold no committed revision, and Xapian
// would take the tables for a database, so creating again removes them first.
bool only_creation_leftovers(const fs::path& dir) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    const bool xapian_file = name == "flintlock" || name.ends_with(".glass") || name.ends_with(".tmp") || name.starts_with("iamglass");
    if (!xapian_file || !entry.is_regular_file(ec)) return false;
  }
  return !ec;
}

// Every string of the practice is valid UTF-8, as the JSON it is read back as must be. Checked before a
// write so that one bad practice fails the call cleanly instead of mid-transaction.
bool valid_utf8(const Practice& p) {
  try {
    (void)nlohmann::json(p).dump();
    return true;
  } catch (const nlohmann::json::type_error&) {
    return false;
  }
}

std::string prefixed_id(const std::string& id) { return std::string(prefix_id) + id; }

// The document of practice `id`; NotFound if the bank has none.
Xapian::docid docid_of(const Xapian::Database& db, const std::string& id) {
  const std::string idterm = prefixed_id(id);
  const auto post = db.postlist_begin(idterm);
  if (post == db.postlist_end(idterm)) throw NotFound(id);
  return *post;
}

// How many of a practice's terms stand for it when finding practices like it.
constexpr std::size_t likeness_terms = 40;

// Terms that say what a practice is about: no prefixed field or filter terms, no bare numbers.
bool content_term(const std::string& t) {
  if (t.empty() || (t[0] >= 'A' && t[0] <= 'Z')) return false;
  return !std::all_of(t.begin(), t.end(), [](unsigned char c) { return std::isdigit(c); });
}

// Xapian creates the document-data and spelling tables on first use. Created in a later session
// than the database, they split blocks at the midpoint even for appends, so they take twice
// the space; a placeholder document and word, added and removed at creation, avoids that.
void create_lazy_tables(Xapian::WritableDatabase& w) {
  Xapian::Document placeholder;
  placeholder.set_data("-");
  w.delete_document(w.add_document(placeholder));
  w.add_spelling("-");
  w.remove_spelling("-");
}

Practice practice_of(const Xapian::Document& doc) { return decode_practice(doc.get_data()); }

std::string join(const std::vector<std::string>& v, std::string_view sep) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : std::string(sep)) + s;
  return out;
}

const Region* resolve_region_or_throw(const std::string& name) {
  const Region* r = RegionTable::russia().resolve(name);
  if (!r)
    throw InvalidArgument("неизвестный регион «" + name + "»; возможно, имелся в виду: " +
                          join(RegionTable::russia().suggest(name), ", "));
  return r;
}

std::string resolve_district_or_throw(const std::string& name) {
  const std::string folded = text::fold(name);
  for (const auto& r : RegionTable::russia().all()) {
    const std::string d = text::fold(r.federal_district);
    if (!d.empty() && (folded == d || folded.rfind(d, 0) == 0)) return r.federal_district;
  }
  static const std::pair<std::string_view, std::string_view> abbreviations[] = {
      {"цфо", "Центральный"}, {"сзфо", "Северо-Западный"}, {"юфо", "Южный"}, {"скфо", "Северо-Кавказский"},
      {"пфо", "Приволжский"}, {"уфо", "Уральский"},        {"сфо", "Сибирский"}, {"дфо", "Дальневосточный"}};
  for (const auto& [abbr, district] : abbreviations)
    if (folded == abbr) return std::string(district);
  throw InvalidArgument("неизвестный федеральный округ «" + name + "»");
}

std::vector<std::string> target_filter_terms(const std::string& text) {
  const auto& taxonomy = Taxonomy::builtin();
  std::vector<std::string> ids;
  if (const Category* c = taxonomy.by_name(text)) ids.push_back(c->id);
  else ids = taxonomy.categorize(text);
  if (ids.empty()) {
    std::vector<std::string> labels;
    for (const auto& c : taxonomy.all()) labels.push_back(c.label);
    throw InvalidArgument("целевая группа «" + text + "» не распознана; известные группы: " + join(labels, ", "));
  }
  for (auto& id : ids) id = std::string(prefix_target) + id;
  return ids;
}

// Refuses a database written by another format or analyzer; `label` names it in the message.
void check_compatible(const Xapian::Database& db, const std::string& label) {
  const std::string format = db.get_metadata(std::string(meta_format));
  const std::string analyzer_meta = db.get_metadata(std::string(meta_analyzer));
  if (format.empty() && db.get_doccount() == 0) return;  // created but never written by us
  if (format != format_version)
    throw IncompatibleBank(label + " has format '" + format + "', this program reads format '" +
                           std::string(format_version) + "'; rebuild it with `practice index`");
  if (analyzer_meta != analyzer_signature())
    throw IncompatibleBank(label + " was built with analyzer '" + analyzer_meta + "', this program uses '" +
                           analyzer_signature() + "'; rebuild it with `practice index`");
}

}  // namespace

struct Bank::Impl {
  fs::path dir;
  mutable Xapian::Database db;  // reopened by const reads that raced a writer
  text::Analyzer analyzer = text::Analyzer::russian();
  std::unique_ptr<Federation> federation;  // set when opened from a federation file

  // Runs a read, retrying what a reader can recover from:
  // - a writer in another process has committed twice since this handle's revision
  //   (Xapian::DatabaseModifiedError): reopen at the latest commit and read again;
  // - in a federation, a shard failing mid-query fails the whole Xapian query: reconnect
  //   without it and read again (at most once per shard).
  template <class F>
  auto read(F&& f) const -> decltype(f()) {
    return guarded(dir, [&] {
      std::size_t shard_failures = 0;
      for (int attempt = 1;; ++attempt) {
        try {
          if (attempt > 1) reopen_database();  // may itself race the next commit: retried too
          return f();
        } catch (const Xapian::DatabaseModifiedError&) {
          if (attempt == max_read_attempts) throw;
        } catch (const Xapian::NetworkError&) {
          if (!federation || ++shard_failures > federation->shard_count()) throw;
        }
      }
    });
  }
  void reopen_database() const {
    if (federation) {  // reconnect: shards that were down may answer again
      federation->reconnect();
      db = federation->database();
    } else {
      db.reopen();
    }
  }
  static constexpr int max_read_attempts = 100;

  // The facet slot in memory (facet_column.hpp), loaded at the second facet search on one
  // revision of a local bank.
  mutable std::optional<FacetColumn> facet_column;
  mutable std::optional<Xapian::rev> first_facet_search;  // revision of the one search so far
  const FacetColumn* facet_column_for_search() const {
    if (federation) return nullptr;
    const Xapian::rev now = db.get_revision();
    if (facet_column && facet_column->revision() == now) return &*facet_column;
    facet_column.reset();
    if (first_facet_search != now) {
      first_facet_search = now;
      return nullptr;
    }
    facet_column.emplace(db, slot_facets);
    return &*facet_column;
  }

  template <class F>
  auto write(F&& f) {
    if (federation)
      throw BankError(dir.string() + " is a federation of banks, read-only here; add or remove practices in the shard's own bank");
    return guarded(dir, [&] {
      Xapian::WritableDatabase w(dir.string(), Xapian::DB_OPEN);
      w.begin_transaction();
      auto result = f(w);
      w.commit_transaction();
      w.close();
      db.reopen();
      return result;
    });
  }

  Xapian::Query filters(const SearchOptions& o) const {
    std::vector<Xapian::Query> parts;
    if (!o.region.empty()) parts.emplace_back(std::string(prefix_region) + resolve_region_or_throw(o.region)->id);
    if (!o.federal_district.empty()) parts.emplace_back(std::string(prefix_district) + resolve_district_or_throw(o.federal_district));
    if (!o.target_group.empty())
      for (const auto& t : target_filter_terms(o.target_group)) parts.emplace_back(t);
    if (o.year) parts.emplace_back(std::string(prefix_year) + std::to_string(*o.year));
    if (parts.empty()) return Xapian::Query();
    return Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
  }

  SearchHit hit_of(const Xapian::MSetIterator& it, double best, const std::set<std::string>& highlight,
                   const SearchOptions& o) const {
    const Xapian::Document doc = it.get_document();
    SearchHit h;
    h.weight = it.get_weight();
    h.score = best > 0 ? h.weight / best : 0.0;
    // A plain list (the matcher's candidates) needs only the stored facts, not the practice.
    read_facts(doc, h);
    if (!o.snippets && !o.with_practice) return h;
    Practice p = practice_of(doc);
    if (o.snippets) {
      auto s = make_snippet(p, highlight, analyzer);
      h.snippet = std::move(s.html);
      h.matched = std::move(s.matched);
    }
    if (o.with_practice) h.practice = std::move(p);
    return h;
  }

  // Id, title, organisation, region, categories and what the matcher scores, from the facts slot.
  static void read_facts(const Xapian::Document& doc, SearchHit& h) {
    StoredFacts f = decode_facts(doc.get_value(slot_facts));
    h.id = std::move(f.id);
    h.title = std::move(f.title);
    h.organization = std::move(f.organization);
    h.region = std::move(f.region);
    h.facts = std::move(f.derived);
  }

  // "Did you mean": replace words whose stem the bank has never seen by Xapian's spelling
  // suggestion; inflected and ё-forms of known words have known stems and are left alone.
  std::optional<std::string> suggest(const std::vector<std::string>& words) const {
    bool changed = false;
    std::vector<std::string> out;
    for (const auto& w : words) {
      // Xapian's edit distance is quadratic in the word: long words (never in the spelling
      // table, which holds words up to 64 bytes) and words past the 16th are left as they are.
      if (w.size() > 64 || out.size() >= 16) {
        out.push_back(w);
        continue;
      }
      if (db.term_exists(analyzer.stem(w))) {
        out.push_back(w);
        continue;
      }
      const std::string s = db.get_spelling_suggestion(w, 2);
      if (!s.empty() && s != w) {
        out.push_back(s);
        changed = true;
      } else {
        out.push_back(w);
      }
    }
    if (!changed) return std::nullopt;
    return join(out, " ");
  }
};

Bank::Bank(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Bank::Bank(Bank&&) noexcept = default;
Bank& Bank::operator=(Bank&&) noexcept = default;
Bank::~Bank() = default;

Bank Bank::create(const fs::path& dir) {
  std::error_code ec;
  const bool exists = fs::exists(dir, ec);
  if (exists && !fs::is_directory(dir, ec))
    throw BankError(dir.string() + " exists and is not a directory (a federation file is read-only: index into a shard's own bank)");
  const bool is_bank = exists && (fs::exists(dir / "iamglass", ec) || fs::exists(dir / "iamchert", ec));
  if (exists && !is_bank && !fs::is_empty(dir, ec)) {
    if (!only_creation_leftovers(dir))
      throw BankError(dir.string() + " exists, is not empty and is not a bank; choose another directory");
    std::vector<fs::path> leftovers;
    for (const auto& entry : fs::directory_iterator(dir, ec)) leftovers.push_back(entry.path());
    for (const auto& f : leftovers) fs::remove(f, ec);
  }
  guarded(dir, [&] {
    Xapian::WritableDatabase w(dir.string(), Xapian::DB_CREATE_OR_OPEN);
    if (w.get_metadata(std::string(meta_format)).empty()) {
      w.set_metadata(std::string(meta_format), std::string(format_version));
      w.set_metadata(std::string(meta_analyzer), analyzer_signature());
      create_lazy_tables(w);
      w.commit();
    }
    w.close();
    return 0;
  });
  return open(dir);
}

Bank Bank::open(const fs::path& dir) {
  std::error_code ec;
  if (fs::is_regular_file(dir, ec)) {
    auto impl = std::make_unique<Impl>();
    impl->dir = dir;
    guarded(dir, [&] {
      impl->federation = std::make_unique<Federation>(read_federation(dir), check_compatible);
      impl->db = impl->federation->database();
      return 0;
    });
    return Bank(std::move(impl));
  }
  if (!fs::is_directory(dir, ec)) throw BankError("no bank at " + dir.string() + ": directory does not exist (create it with `practice index`)");
  if (!fs::exists(dir / "iamglass", ec) && !fs::exists(dir / "iamchert", ec) && !fs::exists(dir / "XAPIANDB", ec))
    throw BankError(dir.string() + " is not a bank (no Xapian database there)");
  auto impl = std::make_unique<Impl>();
  impl->dir = dir;
  guarded(dir, [&] {
    impl->db = Xapian::Database(dir.string());
    return 0;
  });
  check_compatible(impl->db, "bank " + dir.string());
  return Bank(std::move(impl));
}

AddReport Bank::add(const std::vector<Practice>& practices) {
  for (const auto& p : practices) {
    if (p.id.empty()) throw InvalidArgument("practice without id: " + p.title);
    if (p.id.size() > max_id_bytes)
      throw InvalidArgument("practice id longer than " + std::to_string(max_id_bytes) + " bytes: " + p.id.substr(0, 40) + "…");
    if (!valid_utf8(p)) throw InvalidArgument("practice " + p.id + ": text is not valid UTF-8");
  }
  return impl_->write([&](Xapian::WritableDatabase& w) {
    const AddReport report = write_documents(w, practices, impl_->analyzer);
    w.set_metadata(std::string(meta_format), std::string(format_version));
    w.set_metadata(std::string(meta_analyzer), analyzer_signature());
    return report;
  });
}

AddReport Bank::add(const Practice& practice) { return add(std::vector<Practice>{practice}); }

bool Bank::remove(const std::string& id) {
  return impl_->write([&](Xapian::WritableDatabase& w) {
    const std::string idterm = prefixed_id(id);
    if (!w.term_exists(idterm)) return false;
    w.delete_document(idterm);
    return true;
  });
}

std::optional<Practice> Bank::find(const std::string& id) const {
  return impl_->read([&]() -> std::optional<Practice> {
    const std::string idterm = prefixed_id(id);
    auto it = impl_->db.postlist_begin(idterm);
    if (it == impl_->db.postlist_end(idterm)) return std::nullopt;
    return practice_of(impl_->db.get_document(*it, Xapian::DOC_ASSUME_VALID));
  });
}

Practice Bank::get(const std::string& id) const {
  auto p = find(id);
  if (!p) throw NotFound(id);
  return std::move(*p);
}

std::size_t Bank::size() const { return impl_->read([&] { return static_cast<std::size_t>(impl_->db.get_doccount()); }); }

std::vector<std::string> Bank::ids() const {
  return impl_->read([&] {
    std::vector<std::string> out;
    const std::string prefix(prefix_id);
    for (auto it = impl_->db.allterms_begin(prefix); it != impl_->db.allterms_end(prefix); ++it)
      out.push_back((*it).substr(prefix.size()));
    return out;
  });
}

std::vector<Practice> Bank::all() const {
  return impl_->read([&] {
    std::vector<Practice> out;
    const std::string prefix(prefix_id);
    for (auto it = impl_->db.allterms_begin(prefix); it != impl_->db.allterms_end(prefix); ++it) {
      auto post = impl_->db.postlist_begin(*it);
      if (post != impl_->db.postlist_end(*it)) out.push_back(practice_of(impl_->db.get_document(*post, Xapian::DOC_ASSUME_VALID)));
    }
    return out;
  });
}

SearchResults Bank::search(std::string_view query, const SearchOptions& o) const {
  const auto started = std::chrono::steady_clock::now();
  if (o.limit > 10000) throw InvalidArgument("limit must be at most 10000");
  BuiltQuery built = build_query(query, o, impl_->analyzer);
  const Xapian::Query filter = impl_->filters(o);

  return impl_->read([&] {
    SearchResults r;
    r.query = std::string(query);
    r.warnings = built.warnings;
    Xapian::Enquire enquire(impl_->db);
    auto with_filters = [&](Xapian::Query q) {
      if (!filter.empty()) q = Xapian::Query(Xapian::Query::OP_FILTER, q, filter);
      if (!o.exclude_ids.empty()) {
        std::vector<Xapian::Query> ex;
        for (const auto& id : o.exclude_ids) ex.emplace_back(prefixed_id(id));
        q = Xapian::Query(Xapian::Query::OP_AND_NOT, q, Xapian::Query(Xapian::Query::OP_OR, ex.begin(), ex.end()));
      }
      return q;
    };
    if (o.sort == SortOrder::year) enquire.set_sort_by_value_then_relevance(slot_start_year, true);

    const Xapian::doccount check = o.facets ? facet_sample : 0;
    const FacetColumn* column = o.facets ? impl_->facet_column_for_search() : nullptr;
    // One run of the query with fresh facet counters.
    auto run = [&](const Xapian::Query& q, Xapian::doccount offset) {
      enquire.clear_matchspies();
      FacetSpies spies;
      if (o.facets) spies.attach(enquire, impl_->federation != nullptr);  // shards may be remote
      enquire.set_query(with_filters(q));
      Xapian::MSet mset = enquire.get_mset(offset, static_cast<Xapian::doccount>(o.limit), check);
      enquire.clear_matchspies();
      r.facets.clear();
      r.facets_estimated = false;
      if (o.facets) {
        r.facets = spies.counts(mset, impl_->db, column);
        r.facets_estimated = !spies.exact(mset);
      }
      return mset;
    };
    Xapian::MSet mset = run(o.match_any ? built.any : built.all, static_cast<Xapian::doccount>(o.offset));
    if (mset.empty() && !o.match_any && !built.empty && o.offset == 0) {
      mset = run(built.any, 0);
      r.relaxed = !mset.empty();
    }
    r.total = mset.get_matches_estimated();
    const double best = mset.get_max_attained();
    r.results.reserve(mset.size());
    for (auto it = mset.begin(); it != mset.end(); ++it) r.results.push_back(impl_->hit_of(it, best, built.highlight, o));
    if (built.empty)
      for (auto& h : r.results) h.score = 1.0;

    if (r.total < 3 && !built.words.empty()) r.suggestion = impl_->suggest(built.words);
    if (impl_->federation) {
      r.shards = impl_->federation->status();
      for (auto& w : impl_->federation->warnings()) r.warnings.push_back(std::move(w));
    }
    r.took_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    return r;
  });
}

std::vector<SearchHit> Bank::similar(const std::string& id, std::size_t limit) const {
  return impl_->read([&] {
    const std::string idterm = prefixed_id(id);
    Xapian::Enquire enquire(impl_->db);
    Xapian::RSet rset;
    rset.add_document(docid_of(impl_->db, id));
    struct ContentTerms : Xapian::ExpandDecider {
      bool operator()(const std::string& t) const override { return content_term(t); }
    } decider;
    enquire.set_query(Xapian::Query(idterm));
    const Xapian::ESet eset = enquire.get_eset(likeness_terms, rset, &decider);
    std::set<std::string> terms;
    std::vector<Xapian::Query> parts;
    for (auto it = eset.begin(); it != eset.end(); ++it) {
      terms.insert(*it);
      parts.emplace_back(*it);
    }
    std::vector<SearchHit> hits;
    if (parts.empty()) return hits;
    Xapian::Query q(Xapian::Query::OP_AND_NOT, Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end()), Xapian::Query(idterm));
    enquire.set_query(q);
    const Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(limit));
    const double best = mset.empty() ? 0.0 : mset.begin().get_weight();
    SearchOptions o;
    for (auto it = mset.begin(); it != mset.end(); ++it) hits.push_back(impl_->hit_of(it, best, terms, o));
    return hits;
  });
}

std::map<std::string, double> Bank::likeness(const std::string& id, const std::vector<std::string>& among) const {
  return impl_->read([&] {
    std::map<std::string, double> out;
    const auto& db = impl_->db;
    const Xapian::docid doc = docid_of(db, id);
    if (among.empty()) return out;
    // The terms that most set the practice apart: frequent in it, rare in the bank. (Not Xapian's
    // ESet, whose weights over remote shards differ from one database's: a federation must rank
    // as one bank would.)
    const double docs = static_cast<double>(db.get_doccount());
    std::vector<std::pair<double, std::string>> terms;
    for (auto t = db.termlist_begin(doc); t != db.termlist_end(doc); ++t) {
      const std::string term = *t;
      if (content_term(term)) terms.emplace_back(t.get_wdf() * std::log(docs / static_cast<double>(db.get_termfreq(term))), term);
    }
    const std::size_t keep = std::min(terms.size(), likeness_terms);
    std::partial_sort(terms.begin(), terms.begin() + static_cast<std::ptrdiff_t>(keep), terms.end(),
                      [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
    std::vector<Xapian::Query> parts, ids;
    for (std::size_t i = 0; i < keep; ++i) parts.emplace_back(terms[i].second);
    for (const auto& a : among) ids.emplace_back(prefixed_id(a));
    if (parts.empty()) return out;
    const Xapian::Query q(Xapian::Query::OP_FILTER, Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end()),
                          Xapian::Query(Xapian::Query::OP_OR, ids.begin(), ids.end()));
    Xapian::Enquire enquire(db);
    enquire.set_query(q);
    const Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(among.size()));
    const double best = mset.empty() ? 0.0 : mset.begin().get_weight();
    for (auto it = mset.begin(); it != mset.end(); ++it)
      if (best > 0) out[decode_facts(it.get_document().get_value(slot_facts)).id] = it.get_weight() / best;
    return out;
  });
}

Stats Bank::stats() const {
  return impl_->read([&] {
    Stats s;
    const auto& db = impl_->db;
    s.total = db.get_doccount();
    auto each = [&](std::string_view prefix, auto&& f) {
      const std::string p(prefix);
      for (auto it = db.allterms_begin(p); it != db.allterms_end(p); ++it)
        f((*it).substr(p.size()), static_cast<std::size_t>(it.get_termfreq()));
    };
    each(prefix_region, [&](const std::string& id, std::size_t n) {
      const Region* r = RegionTable::russia().by_id(id);
      s.by_region[r ? r->name : id] = n;
    });
    each(prefix_district, [&](const std::string& d, std::size_t n) { s.by_federal_district[d] = n; });
    each(prefix_target, [&](const std::string& id, std::size_t n) {
      const Category* c = Taxonomy::builtin().find(id);
      s.by_target_group[c ? c->label : id] = n;
    });
    each(prefix_year, [&](const std::string& y, std::size_t n) { s.by_year[y] = n; });
    // Replications are rare: read only the practices that have some.
    for (auto it = db.postlist_begin("XHASREPL"); it != db.postlist_end("XHASREPL"); ++it) {
      const Practice p = practice_of(db.get_document(*it, Xapian::DOC_ASSUME_VALID));
      for (const auto& rep : p.replications) {
        ++s.replications;
        ++s.replications_by_practice[p.id];
        const Region* r = RegionTable::russia().resolve(rep.region);
        ++s.replications_by_region[r ? r->name : (rep.region.empty() ? "не указан" : rep.region)];
      }
    }
    return s;
  });
}

void Bank::reopen() {
  impl_->read([&] {
    impl_->reopen_database();
    return 0;
  });
}

const fs::path& Bank::path() const { return impl_->dir; }

std::vector<ShardStatus> Bank::shards() const {
  return impl_->federation ? impl_->federation->status() : std::vector<ShardStatus>{};
}

std::vector<std::string> Bank::warnings() const {
  return impl_->federation ? impl_->federation->warnings() : std::vector<std::string>{};
}

std::string describe_write_error(std::exception_ptr e, const fs::path& dir, int last_errno) {
  if (!e) {
    if (last_errno != ENOSPC && last_errno != EFBIG && last_errno != EDQUOT) return {};
    return no_space_message(dir, std::strerror(last_errno));
  }
  try {
    guarded(dir, [&] { std::rethrow_exception(e); });
  } catch (const BankError& x) {
    return x.what();
  } catch (...) {
  }
  return {};
}

}  // namespace practice
