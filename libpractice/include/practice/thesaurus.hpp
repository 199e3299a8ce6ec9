#pragma once
/// @file thesaurus.hpp
/// The domain thesaurus (libpractice/data/thesaurus.txt): groups of phrases that mean the same
/// to a user of the bank (РАС ~ аутизм, ОВЗ ~ ограниченные возможности здоровья). Phrases are
/// kept as analysed term sequences, so inflected forms match. Immutable; thread-safe.

#include <string>
#include <string_view>
#include <vector>

namespace practice {

using TermSequence = std::vector<std::string>;

/// A run of query terms that matched a thesaurus phrase, with every equivalent phrase.
struct Expansion {
  std::size_t begin = 0;   ///< index of the first matched term
  std::size_t length = 0;  ///< number of matched terms
  std::vector<TermSequence> alternatives;  ///< the matched phrase first, then its synonyms
};

class Thesaurus {
 public:
  static const Thesaurus& builtin();
  explicit Thesaurus(std::string_view data);

  /// Content terms (no stop words, no compound terms) of `text`, as the thesaurus sees them.
  static TermSequence terms(std::string_view text);

  /// Non-overlapping matches in `terms`, longest phrase first, left to right.
  std::vector<Expansion> expand(const TermSequence& terms) const;

  std::size_t size() const { return groups_.size(); }

 private:
  std::vector<std::vector<TermSequence>> groups_;
};

}  // namespace practice
