#pragma once
// Sentences of a practice that answer a profile: the evidence quoted in an explanation.

#include <string>
#include <string_view>
#include <vector>

#include <practice/model.hpp>
#include <practice/thesaurus.hpp>

namespace practice {

/// Words of the profile's text (as the NGO wrote them) found in the practice's problem, goal,
/// summary, tasks, results, target groups or title, in the profile's order, each once.
std::vector<std::string> matched_words(const Practice& p, std::string_view profile_text);

/// Up to `n` sentences from the problem, target groups and results holding the most query terms.
std::vector<std::string> best_sentences(const Practice& p, const TermSequence& query_terms, std::size_t n);

}  // namespace practice
