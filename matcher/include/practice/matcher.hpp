#pragma once
/// @file matcher.hpp
/// Recommendation ("matcher"; unrelated to Xapian's internal matcher): which practices an NGO
/// can realistically replicate, scored from separate, explainable signals — need (problem
/// text), target-group fit (taxonomy), region, capacity (resources needed vs. available) and
/// evidence (template completeness, replications); then the practices after the first by how
/// much they are like it (similarity).

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include <practice/bank.hpp>
#include <practice/profile.hpp>
#include <practice/taxonomy.hpp>

namespace practice {

/// Signal weights. Defaults were tuned on corpus/eval (see docs/MATCHER.md); zero disables a signal.
struct MatchWeights {
  double need = 0.50;
  double target = 0.20;
  double region = 0.04;
  double capacity = 0.20;
  double evidence = 0.10;
  double similarity = 0.30;
  bool operator==(const MatchWeights&) const = default;
};

/// What one signal contributed. Need and target: contribution = weight × value. Region, capacity
/// and evidence are gated by the fit: contribution = weight × value × need × target. The score
/// is the sum of contributions divided by the sum of the weights in use. Similarity is the
/// likeness of a practice to the first result (1 for the first itself), added last:
/// contribution = weight × value, the others' weights and contributions scaled down to make room.
struct SignalContribution {
  std::string signal;  ///< "need", "target", "region", "capacity", "evidence", "similarity"
  double weight = 0.0;
  double value = 0.0;
  double contribution = 0.0;
  std::vector<std::string> evidence;  ///< Russian: the words or facts behind the value
  bool operator==(const SignalContribution&) const = default;
};

struct Explanation {
  std::vector<SignalContribution> signals;
  std::vector<CategoryMatch> target_groups;
  std::string region_relation;      ///< "same", "neighbour", "district", "other", "" (unknown)
  std::vector<std::string> gaps;    ///< Russian: what the NGO would still need
  std::vector<std::string> quotes;  ///< sentences of the practice that answer the profile
  std::string difficulties;         ///< the authors' «Трудности», abridged
  std::string contact;              ///< person, e-mail, phone
  bool operator==(const Explanation&) const = default;
};

struct Recommendation {
  std::string id;
  std::string title;
  std::string region;
  std::string organization;
  double score = 0.0;
  Explanation explanation;
  bool operator==(const Recommendation&) const = default;
};

struct MatchOptions {
  std::optional<std::size_t> limit;  ///< default: the profile's limit, else 10
  MatchWeights weights;
};

struct MatchResults {
  std::vector<Recommendation> results;
  std::vector<std::string> notes;  ///< Russian: constraints understood from the profile
  double took_ms = 0.0;
};

/// Ranks the bank's practices for a profile.
/// @throws InvalidArgument for a profile with neither problem nor target groups, or an unknown region.
MatchResults match(const Bank& bank, const Profile& profile, const MatchOptions& options = {});

/// Reads weights from JSON ({"need": 0.5, …}); missing keys keep their defaults.
MatchWeights weights_from_json(const nlohmann::json& j);

void to_json(nlohmann::json& j, const SignalContribution& v);
void to_json(nlohmann::json& j, const Explanation& v);
void to_json(nlohmann::json& j, const Recommendation& v);
void to_json(nlohmann::json& j, const MatchResults& v);
void to_json(nlohmann::json& j, const MatchWeights& v);
void to_json(nlohmann::json& j, const CategoryMatch& v);

}  // namespace practice
