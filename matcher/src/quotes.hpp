#pragma once
// Sentences of a practice that answer a profile: the evidence quoted in an explanation.

#include <string>
#include <string_view>
#include <vector>

#include <practice/model.hpp>
#include <practice/thesaurus.hpp>

namespace practice {

/// Words of the profile's text (as the NGO wrote them) found in a practice's problem, goal,
/// summary, tasks, results, target groups or title, in the profile's order, each once. The
/// profile is analysed once, for all the practices shown.
class MatchedWords {
 public:
  explicit MatchedWords(std::string_view profile_text);
  std::vector<std::string> in(const Practice& p) const;

 private:
  std::vector<std::pair<std::string, std::string>> words_;  // (term, the word as written), each term once
};

/// Up to `n` sentences from the problem, target groups and results holding the most query terms.
std::vector<std::string> best_sentences(const Practice& p, const TermSequence& query_terms, std::size_t n);

}  // namespace practice
