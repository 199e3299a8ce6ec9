#pragma once
/// @file search.hpp
/// Search options and results: plain values, serialised by to_json.

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include <practice/field.hpp>
#include <practice/model.hpp>
#include <practice/practice_facts.hpp>

namespace practice {

enum class SortOrder { relevance, year };

/// Options for Bank::search. CLI flags and Python keywords map one-to-one onto the fields.
struct SearchOptions {
  std::string region;        ///< a subject in any spelling («Бурятия»); empty = all
  std::string federal_district;  ///< «Сибирский»; empty = all
  std::string target_group;  ///< free text or a category («дети с РАС», "autism"); empty = all
  std::optional<int> year;   ///< practices active in that year
  std::size_t limit = 10;
  std::size_t offset = 0;
  SortOrder sort = SortOrder::relevance;
  /// Restrict free-text words to these sections (empty = all sections).
  std::vector<Field> fields;
  /// true: any word may match (ranked by BM25); false: all words must (falls back to any
  /// word, with `relaxed` set, when nothing matches all).
  bool match_any = false;
  bool expand_synonyms = true;  ///< apply the domain thesaurus
  bool facets = true;
  bool snippets = true;
  bool with_practice = false;  ///< fill SearchHit::practice
  std::vector<std::string> exclude_ids;
};

/// One result. `snippet` is HTML-escaped text with matched words in <b>…</b>.
struct SearchHit {
  std::string id;
  std::string title;
  std::string region;
  std::string organization;
  double score = 0.0;  ///< relative relevance in [0, 1] (BM25 weight / best weight)
  double weight = 0.0;  ///< raw BM25 weight
  std::string snippet;
  std::vector<std::string> matched;  ///< words of the practice that matched, as written
  /// What the matcher scores it on (whom it serves, kinds of help, resources needed, readiness,
  /// replications), from the bank's stored facts, without the whole practice. Not in JSON.
  PracticeFacts facts;
  std::optional<Practice> practice;
  bool operator==(const SearchHit&) const = default;
};

struct FacetCount {
  std::string value;
  std::size_t count = 0;
  bool operator==(const FacetCount&) const = default;
};

/// Whether one shard of a federated bank answered (see Bank::open on federation files).
struct ShardStatus {
  std::string name;      ///< as named in the federation file
  std::string location;  ///< bank path or host:port
  bool ok = false;
  std::size_t documents = 0;
  std::string error;  ///< why it did not answer (Russian), empty when ok
  bool operator==(const ShardStatus&) const = default;
};

struct SearchResults {
  std::string query;
  std::size_t total = 0;  ///< estimated number of matches
  std::vector<SearchHit> results;
  std::map<std::string, std::vector<FacetCount>> facets;  ///< "region", "federal_district", "target_group"
  /// The facet counts come from a sample of the matches (the first 1,000 Xapian checked),
  /// scaled to `total`: set only when the query matched more practices than the sample.
  bool facets_estimated = false;
  std::optional<std::string> suggestion;  ///< "did you mean" query
  bool relaxed = false;  ///< all-words found nothing; these match some words
  std::vector<std::string> warnings;
  double took_ms = 0.0;
  std::vector<ShardStatus> shards;  ///< federated bank only: which shards answered
};

/// Counts over the whole bank.
struct Stats {
  std::size_t total = 0;
  std::map<std::string, std::size_t> by_region;
  std::map<std::string, std::size_t> by_federal_district;
  std::map<std::string, std::size_t> by_target_group;  ///< taxonomy labels
  std::map<std::string, std::size_t> by_year;          ///< practices active in each year
  std::size_t replications = 0;
  std::map<std::string, std::size_t> replications_by_region;
  std::map<std::string, std::size_t> replications_by_practice;  ///< practice id → records
};

struct AddReport {
  std::size_t added = 0;
  std::size_t replaced = 0;
};

void to_json(nlohmann::json& j, const SearchHit& v);
void to_json(nlohmann::json& j, const FacetCount& v);
void to_json(nlohmann::json& j, const ShardStatus& v);
void to_json(nlohmann::json& j, const SearchResults& v);
void to_json(nlohmann::json& j, const Stats& v);
void to_json(nlohmann::json& j, const AddReport& v);

}  // namespace practice
