#pragma once
// Sentences of a practice that answer a profile: the evidence quoted in an explanation.

#include <string>
#include <vector>

#include <practice/model.hpp>
#include <practice/thesaurus.hpp>

namespace practice {

/// Up to `n` sentences from the problem, target groups and results holding the most query terms.
std::vector<std::string> best_sentences(const Practice& p, const TermSequence& query_terms, std::size_t n);

}  // namespace practice
