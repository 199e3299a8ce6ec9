#pragma once
// A candidate practice as the matcher reads it: the few facts every candidate is scored on
// (from the bank's stored facts, no JSON parsing), and the whole practice read only for the
// candidates scored in full and the results shown.

#include <optional>
#include <string>
#include <vector>

#include <practice/bank.hpp>
#include <practice/model.hpp>
#include <practice/search.hpp>

namespace practice {

struct Candidate {
  std::string id, title, organization;
  std::string region;                   ///< as stored (resolved name, or the text as written)
  std::vector<std::string> categories;  ///< Taxonomy::categorize of the target groups, in order
  std::vector<std::string> kinds;       ///< the kinds of help it gives (help_kinds)
  std::vector<std::string> primary;     ///< whom it is mainly for (primary_target_categories)
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
