#pragma once
/// @file thesaurus.hpp
/// The domain thesaurus (libpractice/data/thesaurus.txt): groups of phrases that mean the same
/// to a user of the bank (РАС ~ аутизм, ОВЗ ~ ограниченные возможности здоровья). Phrases are
/// kept as analysed term sequences, so inflected forms match. Immutable; thread-safe.

#include <string>
#include <string_view>
#include <unordered_map>
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

  /// The text of one index term: the bank indexes a group's concept (keyed by its first phrase)
  /// wherever any of its phrases occurs, so a thesaurus query is a term with exact statistics,
  /// in one bank or a federation alike.
  static std::string concept_key(const TermSequence& phrase);

  /// The concepts a phrase belongs to (one per group holding it; «ОВЗ» is in two); null if none.
  const std::vector<std::string>* concepts(const TermSequence& phrase) const;

  /// A thesaurus phrase found in a document's terms and the concepts it answers.
  struct Occurrence {
    std::size_t begin = 0;
    const std::vector<std::string>* concepts = nullptr;
  };
  /// Every occurrence in `terms`, overlapping ones included (a document holding «нарушения слуха
  /// у детей» answers both «нарушение слуха» and «дети»).
  std::vector<Occurrence> occurrences(const TermSequence& terms) const;

  std::size_t size() const { return groups_.size(); }

  /// A short hash of the data (not of comments or layout): banks record it, since their
  /// concept terms depend on it.
  const std::string& fingerprint() const { return fingerprint_; }

 private:
  std::vector<std::vector<TermSequence>> groups_;
  std::unordered_map<std::string, std::vector<std::string>> concepts_;  // concept_key(phrase) → its groups' keys
  std::size_t longest_ = 0;  // terms in the longest phrase
  std::string fingerprint_;
};

}  // namespace practice
