#pragma once
// A candidate practice as the matcher reads it: the facts every candidate is scored on (from
// the bank's stored facts), and the whole practice read only for the results shown.

#include <optional>
#include <string>
#include <vector>

#include <practice/bank.hpp>
#include <practice/model.hpp>
#include <practice/practice_facts.hpp>
#include <practice/search.hpp>

namespace practice {

// The facts (categories, kinds, primary, needs, readiness, replication_regions) are its members.
struct Candidate : PracticeFacts {
  std::string id, title, organization;
  std::string region;                   ///< as stored (resolved name, or the text as written)
  double need = 0.0;                    ///< BM25 weight, normalised later

  static Candidate from_hit(SearchHit&& h);
  static Candidate from_practice(Practice&& p);

  /// The whole practice, read from the bank on first use; null if it is no longer there.
  const Practice* practice(const Bank& bank);

 private:
  std::optional<Practice> practice_;
  bool read_ = false;
};

}  // namespace practice
