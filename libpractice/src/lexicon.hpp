#pragma once
// Word lists embedded from libpractice/data: stop words and protected abbreviations.

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace practice::detail {

extern const std::string_view embedded_stopwords_ru;
extern const std::string_view embedded_abbreviations;
extern const std::string_view embedded_thesaurus;
extern const std::string_view embedded_regions;
extern const std::string_view embedded_cities;
extern const std::string_view embedded_taxonomy;
extern const std::string_view embedded_services;

/// Non-empty lines of an embedded data file, comments ('#') and surrounding blanks removed.
std::vector<std::string_view> data_lines(std::string_view file);

/// A short hash (16 hex digits, FNV-1a) of a data file's lines as data_lines reads them: banks
/// record the fingerprints of the vocabularies their stored terms and facts come from.
std::string fingerprint(std::string_view file);

struct Lexicon {
  std::unordered_set<std::string> stopwords;  ///< folded
  /// folded abbreviation → true if it counts only when written in capitals
  std::unordered_map<std::string, bool> abbreviations;
};

/// The Russian lexicon, built once.
const Lexicon& russian_lexicon();

}  // namespace practice::detail
