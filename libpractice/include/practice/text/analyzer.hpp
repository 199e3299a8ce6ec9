#pragma once
/// @file analyzer.hpp
/// The one analyzer used for indexing and for queries, so both sides agree.

#include <memory>
#include <string_view>
#include <vector>

#include <practice/text/token.hpp>

namespace practice::text {

/// Russian text analysis: ICU word breaking → NFKC case folding → ё→е → hyphenated
/// compounds (parts plus joined form) → protected abbreviations → stop words (keep their
/// position) → Snowball Russian stemming (English for Latin words).
///
/// Thread rule: an Analyzer owns ICU iterators and Snowball stemmers, so one thread uses
/// an instance at a time; copy it (cheap relative to its work) for another thread.
class Analyzer {
 public:
  /// The Russian chain. Its name and version are recorded in banks.
  static Analyzer russian();

  Analyzer(const Analyzer& other);
  Analyzer& operator=(const Analyzer& other);
  Analyzer(Analyzer&&) noexcept;
  Analyzer& operator=(Analyzer&&) noexcept;
  ~Analyzer();

  /// Tokens in text order; positions start at `first_position`.
  std::vector<Token> analyze(std::string_view utf8, std::uint32_t first_position = 0) const;

  /// Stem of one already folded word, as the chain would stem it.
  std::string stem(std::string_view folded_word) const;

  /// "russian"; the bank stores it.
  static constexpr std::string_view name = "russian";
  /// Bumped whenever any rule changes the terms produced.
  static constexpr int version = 1;

 private:
  struct Impl;
  explicit Analyzer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace practice::text
